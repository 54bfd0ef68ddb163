<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="80"/>
        <source>BorderDesk cannot start</source>
        <translation>Không khởi động được BorderDesk</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="86"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="96"/>
        <source>Counter {terminal}  ·  {day}</source>
        <translation>Quầy {terminal}  ·  {day}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="100"/>
        <source>Officer ID:</source>
        <translation>Mã cán bộ:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="101"/>
        <source>e.g. BP0123</source>
        <translation>VD: BP0123</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="103"/>
        <source>Your officer ID, recorded with every crossing</source>
        <translation>Mã cán bộ của đồng chí, được ghi kèm mỗi lượt xuất nhập cảnh</translation>
    </message>
</context>
<context>
    <name>CrossingForm</name>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="198"/>
        <source>Record a crossing on foot</source>
        <translation>Ghi nhận người xuất nhập cảnh đi bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="202"/>
        <source>Expiry date (if printed)</source>
        <translation>Ngày hết hạn (nếu có)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="211"/>
        <source>— choose —</source>
        <translation>— Chọn —</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="214"/>
        <source>e.g. C1234567</source>
        <translation>VD: C1234567</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="215"/>
        <source>e.g. 1985-03-02, or 1985</source>
        <translation>VD: 1985-03-02, hoặc 1985</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="216"/>
        <source>e.g. 2030-12-31</source>
        <translation>VD: 2030-12-31</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="217"/>
        <location filename="../../borderdesk/ui/crossing_form.py" line="218"/>
        <source>As printed in the document</source>
        <translation>Đúng như in trên giấy tờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="220"/>
        <source>Required when refusing: the reason for the refusal</source>
        <translation>Bắt buộc khi từ chối: ghi rõ lý do từ chối</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="222"/>
        <source>Clear (Esc)</source>
        <translation>Xóa (Esc)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="223"/>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="224"/>
        <source>Enter saves, Esc clears the form.</source>
        <translation>Enter để lưu, Esc để xóa biểu mẫu.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="250"/>
        <source>Record id</source>
        <translation>Mã bản ghi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="251"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="252"/>
        <source>Corrected record</source>
        <translation>Bản ghi được sửa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="253"/>
        <source>Border gate</source>
        <translation>Cửa khẩu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="254"/>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="255"/>
        <source>Officer ID</source>
        <translation>Mã cán bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="256"/>
        <source>Direction</source>
        <translation>Hướng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="257"/>
        <source>Means of travel</source>
        <translation>Hình thức đi lại</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="258"/>
        <source>Crossing time</source>
        <translation>Thời điểm qua cửa khẩu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="259"/>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="260"/>
        <location filename="../../borderdesk/ui/messages.py" line="270"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="261"/>
        <source>Pre-declaration number</source>
        <translation>Số khai báo trước</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="262"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="263"/>
        <source>Acknowledged warnings</source>
        <translation>Cảnh báo đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="264"/>
        <source>Vehicle</source>
        <translation>Phương tiện</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="265"/>
        <source>Licence plate</source>
        <translation>Biển số</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="266"/>
        <source>Vehicle type</source>
        <translation>Loại phương tiện</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="267"/>
        <source>Country of registration</source>
        <translation>Quốc gia đăng ký</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="268"/>
        <source>Persons</source>
        <translation>Người xuất nhập cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="269"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="271"/>
        <source>Identity</source>
        <translation>Nhân thân</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="272"/>
        <source>Surname</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="273"/>
        <source>Given names</source>
        <translation>Tên đệm và tên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="274"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="275"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="276"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="277"/>
        <source>Document type</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="278"/>
        <source>Document number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="279"/>
        <source>Issuing state</source>
        <translation>Quốc gia cấp</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="280"/>
        <source>Expiry date</source>
        <translation>Ngày hết hạn</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="281"/>
        <source>Personal number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="86"/>
        <source>Acknowledge</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="88"/>
        <source>I have checked this warning and the crossing may be saved.</source>
        <translation>Tôi đã kiểm tra cảnh báo này, cho phép lưu lượt xuất nhập cảnh.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="217"/>
        <source>Saved: {name} ({direction}). Record id: {id}</source>
        <translation>Đã lưu: {name} ({direction}). Mã bản ghi: {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/findings_panel.py" line="222"/>
        <source>Not saved: %n error(s) to correct.</source>
        <translation>
            <numerusform>Chưa lưu: còn %n lỗi cần sửa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/findings_panel.py" line="224"/>
        <source>%n warning(s) to check.</source>
        <translation>
            <numerusform>%n cảnh báo cần kiểm tra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/findings_panel.py" line="228"/>
        <source>Not saved: check the %n warning(s) below, tick Acknowledge, then save again.</source>
        <translation>
            <numerusform>Chưa lưu: kiểm tra %n cảnh báo dưới đây, đánh dấu Xác nhận rồi lưu lại.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="235"/>
        <source>Warnings acknowledged: save again to record the crossing.</source>
        <translation>Đã xác nhận cảnh báo: nhấn Lưu lần nữa để ghi nhận.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="239"/>
        <source>Fill in the document details and press Save. Errors and warnings are listed here.</source>
        <translation>Nhập thông tin giấy tờ rồi nhấn Lưu. Lỗi và cảnh báo sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="256"/>
        <source>Check results</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="287"/>
        <source>Exit</source>
        <translation>Xuất cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="288"/>
        <source>Entry</source>
        <translation>Nhập cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="291"/>
        <location filename="../../borderdesk/ui/messages.py" line="296"/>
        <source>Cleared</source>
        <translation>Cho qua</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="292"/>
        <location filename="../../borderdesk/ui/messages.py" line="297"/>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="293"/>
        <source>Secondary control</source>
        <translation>Chuyển kiểm tra chuyên sâu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="298"/>
        <source>Secondary</source>
        <translation>KT chuyên sâu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="301"/>
        <location filename="../../borderdesk/ui/messages.py" line="321"/>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="302"/>
        <source>ID card (CCCD)</source>
        <translation>Căn cước / CCCD</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="303"/>
        <source>Border pass Vietnam–China</source>
        <translation>Giấy thông hành VN–Trung Quốc</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="306"/>
        <source>Border pass Vietnam–Laos</source>
        <translation>Giấy thông hành VN–Lào</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="309"/>
        <source>Border pass Vietnam–Cambodia</source>
        <translation>Giấy thông hành VN–Campuchia</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="312"/>
        <source>Seafarer&apos;s identity document</source>
        <translation>Giấy tờ thuyền viên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="315"/>
        <source>Crew member certificate</source>
        <translation>Chứng nhận thành viên tổ bay</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="318"/>
        <source>Other travel document</source>
        <translation>Giấy tờ đi lại khác</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="322"/>
        <source>ID card</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="323"/>
        <source>Pass VN–CN</source>
        <translation>GTH VN–TQ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="324"/>
        <source>Pass VN–LA</source>
        <translation>GTH VN–Lào</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="325"/>
        <source>Pass VN–KH</source>
        <translation>GTH VN–CPC</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="326"/>
        <source>Seafarer ID</source>
        <translation>GT thuyền viên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="327"/>
        <source>Crew cert.</source>
        <translation>CN tổ bay</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="328"/>
        <source>Other doc.</source>
        <translation>Giấy tờ khác</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="331"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="332"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="333"/>
        <source>Unspecified</source>
        <translation>Không xác định</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="336"/>
        <source>Traveller on foot</source>
        <translation>Người đi bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="337"/>
        <source>Driver</source>
        <translation>Người lái xe</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="338"/>
        <source>Passenger</source>
        <translation>Hành khách</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="339"/>
        <source>Crew member</source>
        <translation>Thuyền viên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="342"/>
        <source>On foot</source>
        <translation>Đi bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="343"/>
        <source>Car</source>
        <translation>Ô tô con</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="344"/>
        <source>Truck</source>
        <translation>Xe tải</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="345"/>
        <source>Bus</source>
        <translation>Xe khách</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="346"/>
        <source>Motorbike</source>
        <translation>Xe máy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="347"/>
        <source>Vessel</source>
        <translation>Tàu thuyền</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="350"/>
        <source>Not queued</source>
        <translation>Chưa vào hàng đợi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="351"/>
        <source>Pending</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="354"/>
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="355"/>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="352"/>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="353"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="357"/>
        <source>{name} border gate</source>
        <translation>Cửa khẩu {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="257"/>
        <source>BorderDesk — {gate}</source>
        <translation>BorderDesk — {gate}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="261"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="262"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="263"/>
        <source>&amp;New (clear the form)</source>
        <translation>Lượt &amp;mới (xóa biểu mẫu)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="264"/>
        <source>&amp;Refresh today&apos;s list</source>
        <translation>Làm mới &amp;danh sách hôm nay</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="265"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="267"/>
        <source>Language / Ngôn ngữ</source>
        <translation>Ngôn ngữ / Language</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="268"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="269"/>
        <source>&amp;About BorderDesk</source>
        <translation>&amp;Giới thiệu BorderDesk</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="271"/>
        <source>Database: {path}</source>
        <translation>CSDL: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/main_window.py" line="279"/>
        <source>Today: %n crossing(s)</source>
        <translation>
            <numerusform>Hôm nay: %n lượt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="334"/>
        <source>Saved crossing {id}</source>
        <translation>Đã lưu lượt xuất nhập cảnh {id}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="343"/>
        <source>Not saved: see the check results.</source>
        <translation>Chưa lưu: xem kết quả kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="354"/>
        <source>Your officer ID, recorded with every crossing</source>
        <translation>Mã cán bộ của đồng chí, được ghi kèm mỗi lượt xuất nhập cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="362"/>
        <source>Database problem</source>
        <translation>Lỗi cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="368"/>
        <location filename="../../borderdesk/ui/main_window.py" line="417"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="409"/>
        <source>About BorderDesk</source>
        <translation>Giới thiệu BorderDesk</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="411"/>
        <source>BorderDesk — counter application of the electronic border-guard procedures.</source>
        <translation>BorderDesk — phần mềm tại quầy kiểm soát xuất nhập cảnh, phục vụ thủ tục biên phòng điện tử.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="46"/>
        <source>Border gate code {gate} is not in the list of gates.</source>
        <translation>Mã cửa khẩu {gate} không có trong danh mục cửa khẩu.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="49"/>
        <source>{field}: this field is required.</source>
        <translation>{field}: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="50"/>
        <source>Time zone {timezone} is not valid.</source>
        <translation>Múi giờ {timezone} không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="53"/>
        <source>The crossing time ({time}) is in the future: check this computer&apos;s clock.</source>
        <translation>Thời điểm qua cửa khẩu ({time}) ở tương lai: hãy kiểm tra đồng hồ của máy tính.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="57"/>
        <source>{field}: too long (at most {max} characters).</source>
        <translation>{field}: quá dài (tối đa {max} ký tự).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="60"/>
        <source>A refusal needs a reason: write it in the notes.</source>
        <translation>Từ chối phải có lý do: ghi lý do vào mục Ghi chú.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="63"/>
        <source>Record version {version} is not valid.</source>
        <translation>Phiên bản bản ghi {version} không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="66"/>
        <source>A correction cannot replace itself.</source>
        <translation>Bản ghi sửa đổi không thể thay thế chính nó.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="69"/>
        <source>Version {version} must name the record it corrects.</source>
        <translation>Phiên bản {version} phải ghi rõ bản ghi được sửa.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="72"/>
        <source>The crossing has no person in it.</source>
        <translation>Lượt xuất nhập cảnh chưa có người nào.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="75"/>
        <source>A crossing on foot cannot have a vehicle.</source>
        <translation>Lượt đi bộ không được khai báo phương tiện.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="78"/>
        <source>A crossing on foot records exactly one traveller ({count} given).</source>
        <translation>Lượt đi bộ chỉ ghi đúng một người (đã khai {count} người).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="81"/>
        <source>The role “{role}” is not allowed when travelling by “{mode}”.</source>
        <translation>Vai trò “{role}” không phù hợp với hình thức đi lại “{mode}”.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="84"/>
        <source>A vehicle needs exactly one driver ({count} given).</source>
        <translation>Phương tiện phải có đúng một người lái (đã khai {count} người).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="87"/>
        <source>Travelling by “{mode}” needs the vehicle&apos;s details.</source>
        <translation>Đi bằng “{mode}” phải khai báo thông tin phương tiện.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="90"/>
        <source>The vehicle type “{kind}” does not match the means of travel “{mode}”.</source>
        <translation>Loại phương tiện “{kind}” không khớp với hình thức đi lại “{mode}”.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="94"/>
        <source>Licence plate {plate} is not valid.</source>
        <translation>Biển số {plate} không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="97"/>
        <source>Licence plate {plate} does not look like a Vietnamese plate: check it.</source>
        <translation>Biển số {plate} không giống biển số Việt Nam: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="101"/>
        <source>{field}: country code {code} is not in the list of countries.</source>
        <translation>{field}: mã quốc gia {code} không có trong danh mục.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="104"/>
        <source>{field}: {code} is the code of specimen documents, never of a real one.</source>
        <translation>{field}: {code} là mã của giấy tờ mẫu, không bao giờ có trên giấy tờ thật.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="108"/>
        <source>Enter the surname or the given names.</source>
        <translation>Phải nhập họ hoặc tên.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="111"/>
        <source>{field}: a name cannot contain digits or the signs &lt; and |.</source>
        <translation>{field}: tên không được chứa chữ số hoặc các ký tự &lt; và |.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="114"/>
        <source>The date of birth {date} is in the future.</source>
        <translation>Ngày sinh {date} ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="117"/>
        <source>The date of birth {date} gives an implausible age: check it.</source>
        <translation>Ngày sinh {date} cho ra độ tuổi không hợp lý: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="120"/>
        <source>The expiry date is before the date of birth.</source>
        <translation>Ngày hết hạn trước ngày sinh.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="123"/>
        <source>The document expired on {expiry}.</source>
        <translation>Giấy tờ đã hết hạn từ ngày {expiry}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="126"/>
        <source>A Vietnam–{partner} border pass is only for citizens of Vietnam and {partner} (nationality entered: {nationality}).</source>
        <translation>Giấy thông hành biên giới Việt Nam–{partner} chỉ cấp cho công dân Việt Nam và {partner} (quốc tịch đã nhập: {nationality}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="131"/>
        <source>A Vietnam–{partner} border pass is used at {gate}, which is not on the border with {partner}.</source>
        <translation>Giấy thông hành biên giới Việt Nam–{partner} được xuất trình tại {gate}, không thuộc tuyến biên giới với {partner}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="136"/>
        <source>A seafarer&apos;s or crew document is used at {gate}, which is not a seaport.</source>
        <translation>Giấy tờ thuyền viên hoặc tổ bay được xuất trình tại {gate}, không phải cửa khẩu cảng biển.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="140"/>
        <source>The document number is not valid: use only letters A–Z and digits ({number_length} characters entered).</source>
        <translation>Số giấy tờ không hợp lệ: chỉ gồm chữ cái A–Z và chữ số (đã nhập {number_length} ký tự).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="145"/>
        <source>This does not look like a Vietnamese passport number (one or two letters and 7 digits): check it.</source>
        <translation>Số này không giống số hộ chiếu Việt Nam (một hoặc hai chữ cái và 7 chữ số): hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="150"/>
        <source>An ID card (CCCD) is only issued to Vietnamese citizens (nationality entered: {nationality}).</source>
        <translation>Căn cước / CCCD chỉ cấp cho công dân Việt Nam (quốc tịch đã nhập: {nationality}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="155"/>
        <source>An ID card (CCCD) number has exactly 12 digits.</source>
        <translation>Số căn cước / CCCD phải gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="158"/>
        <source>The ID card number starts with {province}, which is not a province code.</source>
        <translation>Số căn cước bắt đầu bằng {province}, không phải mã tỉnh, thành phố.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="162"/>
        <source>The ID card number gives the birth year as ..{number_year}, but the date of birth entered is in {birth_year}.</source>
        <translation>Số căn cước cho biết năm sinh ..{number_year}, nhưng ngày sinh đã nhập thuộc năm {birth_year}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="167"/>
        <source>The century digit of the ID card number does not match the birth year {birth_year}.</source>
        <translation>Chữ số thế kỷ trong số căn cước không khớp với năm sinh {birth_year}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="172"/>
        <source>The ID card number gives the sex as “{number_sex}”, but “{sex}” is selected.</source>
        <translation>Số căn cước cho biết giới tính “{number_sex}”, nhưng đã chọn “{sex}”.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="177"/>
        <source>{field}: a group of values was expected.</source>
        <translation>{field}: phải là một nhóm giá trị.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="180"/>
        <source>{field}: unknown entry.</source>
        <translation>{field}: mục không được hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="181"/>
        <source>{field}: text was expected.</source>
        <translation>{field}: phải là văn bản.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="182"/>
        <source>{field}: “{value}” is not allowed (allowed: {allowed}).</source>
        <translation>{field}: giá trị “{value}” không được chấp nhận (được phép: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="185"/>
        <source>{field}: “{value}” is not a valid date; write it as year-month-day, e.g. 2030-12-31.</source>
        <translation>{field}: “{value}” không phải ngày hợp lệ; nhập theo dạng năm-tháng-ngày, VD: 2030-12-31.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="190"/>
        <source>{field}: “{value}” is not a valid record id.</source>
        <translation>{field}: “{value}” không phải mã bản ghi hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="193"/>
        <source>{field}: a whole number was expected.</source>
        <translation>{field}: phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="196"/>
        <source>{field}: the time has no time zone.</source>
        <translation>{field}: thời gian thiếu múi giờ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="199"/>
        <source>{field}: a list was expected.</source>
        <translation>{field}: phải là một danh sách.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="204"/>
        <source>{field}: “{value}” is not a valid date; write it as year-month-day (1985-03-02), or 1985-03 or 1985 when the day or month is unknown.</source>
        <translation>{field}: “{value}” không phải ngày hợp lệ; nhập theo dạng năm-tháng-ngày (1985-03-02), hoặc 1985-03, 1985 nếu không rõ ngày hoặc tháng.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="214"/>
        <source>The database reported an error. Nothing was saved.</source>
        <translation>Cơ sở dữ liệu báo lỗi. Chưa lưu được dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="217"/>
        <source>The disk holding the database is full. Nothing was saved: free some space and try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu đã đầy. Chưa lưu được dữ liệu: hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="222"/>
        <source>The database is read-only. Nothing was saved: ask the technician to check the file permissions.</source>
        <translation>Cơ sở dữ liệu đang ở chế độ chỉ đọc. Chưa lưu được dữ liệu: đề nghị cán bộ kỹ thuật kiểm tra quyền truy cập tệp.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="227"/>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang được chương trình khác sử dụng. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="230"/>
        <source>The database file is damaged. Stop recording and call the technician.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng. Dừng ghi nhận và báo ngay cán bộ kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="234"/>
        <source>The database file cannot be opened.</source>
        <translation>Không mở được tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="235"/>
        <source>A different record with the same id is already stored. Nothing was saved.</source>
        <translation>Đã có một bản ghi khác trùng mã. Chưa lưu được dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="239"/>
        <source>The record to correct does not exist or has already been corrected.</source>
        <translation>Bản ghi cần sửa không tồn tại hoặc đã được sửa trước đó.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="245"/>
        <source>Unexpected problem (code {code}).</source>
        <translation>Lỗi không xác định (mã {code}).</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="48"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="49"/>
        <source>Direction</source>
        <translation>Hướng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="50"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="51"/>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="52"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="53"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="54"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="125"/>
        <source>No crossing matches the search.</source>
        <translation>Không có lượt nào khớp với nội dung tìm kiếm.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="127"/>
        <source>No crossing recorded at this gate today.</source>
        <translation>Hôm nay chưa có lượt xuất nhập cảnh nào tại cửa khẩu này.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="137"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="138"/>
        <source>Search name or document number…</source>
        <translation>Tìm theo họ tên hoặc số giấy tờ…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="139"/>
        <source>Crossings shown / recorded today</source>
        <translation>Số lượt đang hiển thị / đã ghi nhận hôm nay</translation>
    </message>
</context>
</TS>
