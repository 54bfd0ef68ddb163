<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="93"/>
        <source>BorderDesk cannot start</source>
        <translation>Không khởi động được BorderDesk</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="99"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="118"/>
        <source>Counter {terminal}  ·  {day}</source>
        <translation>Quầy {terminal}  ·  {day}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="122"/>
        <source>Officer ID:</source>
        <translation>Mã cán bộ:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="123"/>
        <source>e.g. BP0123</source>
        <translation>VD: BP0123</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="125"/>
        <source>Your officer ID, recorded with every crossing</source>
        <translation>Mã cán bộ của đồng chí, được ghi kèm mỗi lượt xuất nhập cảnh</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="223"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="224"/>
        <source>Time (gate)</source>
        <translation>Giờ cửa khẩu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="225"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="226"/>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="227"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="229"/>
        <source>Subject</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="230"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="462"/>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="642"/>
        <source>Any action</source>
        <translation>Mọi thao tác</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="530"/>
        <source>#{seq} · {time} · {actor} at {terminal} · {action} ({code})
{entity} {entity_id}
{details}

hash {hash}
previous {prev}</source>
        <translation>#{seq} · {time} · {actor} tại quầy {terminal} · {action} ({code})
{entity} {entity_id}
{details}

mã băm {hash}
mã băm mục trước {prev}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="541"/>
        <source>Searching the log… {shown} entries found so far (down to entry #{seq}).</source>
        <translation>Đang tìm trong nhật ký… đã thấy {shown} mục (đã tìm đến mục #{seq}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="545"/>
        <source>{shown} entries: the whole log was searched.</source>
        <translation>{shown} mục: đã tìm hết nhật ký.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="548"/>
        <source>{shown} entries shown; scroll down for older ones.</source>
        <translation>Đang hiện {shown} mục; cuộn xuống để xem các mục cũ hơn.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="551"/>
        <source>(filtered)</source>
        <translation>(đã lọc)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="572"/>
        <source>Checking the hash chain…</source>
        <translation>Đang kiểm tra chuỗi băm…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="628"/>
        <source>&amp;Days from</source>
        <translation>Từ &amp;ngày</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="629"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="630"/>
        <source>Offi&amp;cer:</source>
        <translation>Cán &amp;bộ:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="631"/>
        <source>e.g. BP0123</source>
        <translation>ví dụ BP0123</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="632"/>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Thao tác:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="633"/>
        <source>&amp;Subject or details:</source>
        <translation>Đối tượng / &amp;chi tiết:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="634"/>
        <source>id, file name, reason…</source>
        <translation>mã, tên tệp, lý do…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="635"/>
        <source>&amp;Filter</source>
        <translation>&amp;Lọc</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="636"/>
        <source>Show &amp;all</source>
        <translation>&amp;Hiện tất cả</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="637"/>
        <source>&amp;Verify the hash chain</source>
        <translation>&amp;Kiểm tra chuỗi băm</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="639"/>
        <source>Recompute every entry&apos;s hash and link: an entry changed or deleted outside the application is found</source>
        <translation>Tính lại mã băm và liên kết của từng mục: phát hiện mục bị sửa hoặc bị xóa ngoài ứng dụng</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="843"/>
        <source>Scan with the camera</source>
        <translation>Quét bằng camera</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="844"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="845"/>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="847"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="847"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="850"/>
        <source>No camera</source>
        <translation>Không có camera</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="853"/>
        <source>No camera found on this computer.

Connect a USB camera and open this window again, or use a QR scanner or Scan ▸ From image file.</source>
        <translation>Không tìm thấy camera trên máy tính này.

Hãy cắm camera USB rồi mở lại cửa sổ này, hoặc dùng máy quét mã QR hay Quét ▸ Từ tệp ảnh.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="865"/>
        <source>Last read: {text}</source>
        <translation>Lần đọc gần nhất: {text}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="870"/>
        <source>Hold the QR code or the passport&apos;s data page inside the square, about 20 cm from the camera.</source>
        <translation>Đưa mã QR hoặc trang thông tin của hộ chiếu vào trong khung vuông, cách camera khoảng 20 cm.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="875"/>
        <source>The camera is off. Press Start.</source>
        <translation>Camera đang tắt. Bấm Bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="879"/>
        <source>The camera is not connected any more.</source>
        <translation>Camera không còn được kết nối.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="882"/>
        <source>The QR decoder is not installed on this computer: camera scanning is not possible. Call the technician.</source>
        <translation>Máy tính này chưa cài bộ giải mã QR: không thể quét bằng camera. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="886"/>
        <source>The camera reported an error. Check its cable, close other programs using it, and press Start again.</source>
        <translation>Camera báo lỗi. Hãy kiểm tra dây cáp, đóng các chương trình khác đang dùng camera rồi bấm Bắt đầu lại.</translation>
    </message>
</context>
<context>
    <name>CancelReasonDialog</name>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="194"/>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="199"/>
        <source>Cancel the crossing</source>
        <translation>Hủy lượt xuất nhập cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="195"/>
        <source>&amp;Reason for the cancellation (required):</source>
        <translation>&amp;Lý do hủy (bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="197"/>
        <source>e.g. recorded twice by mistake; wrong person selected</source>
        <translation>VD: ghi nhận trùng hai lần; chọn nhầm người</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="200"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="162"/>
        <source>Record without it</source>
        <translation>Ghi nhận không theo tờ khai</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="164"/>
        <source>Detach this pre-declaration from the crossing</source>
        <translation>Bỏ liên kết tờ khai này khỏi lượt xuất nhập cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="165"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="165"/>
        <source>On the document</source>
        <translation>Trên giấy tờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="165"/>
        <source>Declared</source>
        <translation>Đã khai báo</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="178"/>
        <source>Pre-declaration {ref}</source>
        <translation>Tờ khai {ref}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/comparison.py" line="180"/>
        <source>{declarant} · {direction} · {date} · %n person(s)</source>
        <translation>
            <numerusform>{declarant} · {direction} · {date} · %n người</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="189"/>
        <source>Scan the traveller&apos;s document to compare it with the declaration.</source>
        <translation>Quét giấy tờ của người xuất nhập cảnh để đối chiếu với tờ khai.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/comparison.py" line="194"/>
        <source>%n field(s) differ from the declaration: check them before deciding.</source>
        <translation>
            <numerusform>%n trường khác với tờ khai: kiểm tra trước khi quyết định.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="199"/>
        <source>The document matches the declaration (person {n} of {total}).</source>
        <translation>Giấy tờ khớp với tờ khai (người thứ {n}/{total}).</translation>
    </message>
</context>
<context>
    <name>CounterFlow</name>
    <message>
        <location filename="../../borderdesk/ui/counter.py" line="222"/>
        <source>Declared: {value}</source>
        <translation>Đã khai báo: {value}</translation>
    </message>
</context>
<context>
    <name>CrossingDetail</name>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="54"/>
        <source>Declaration</source>
        <translation>Khai báo</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="55"/>
        <source>Correction</source>
        <translation>Sửa đổi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="56"/>
        <source>Cancellation</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CrossingDetailDialog</name>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="313"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="315"/>
        <source>Replaced by a correction</source>
        <translation>Đã được thay bằng bản sửa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="330"/>
        <source>counter {terminal}</source>
        <translation>quầy {terminal}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="349"/>
        <source>Cancelled on {time} by {officer}.
Reason: {reason}</source>
        <translation>Đã hủy lúc {time}, cán bộ thực hiện: {officer}.
Lý do: {reason}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="371"/>
        <source>The portal did not accept it ({state}): {code} — {reason}. A supervisor must review it.</source>
        <translation>Cổng chưa chấp nhận ({state}): {code} — {reason}. Cần giám sát viên xem xét.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="386"/>
        <source>Crossing</source>
        <translation>Lượt xuất nhập cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="389"/>
        <source>{version} (corrects record {id})</source>
        <translation>{version} (sửa bản ghi {id})</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="398"/>
        <source>Replaced by</source>
        <translation>Được thay bằng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="403"/>
        <source>Time (gate clock)</source>
        <translation>Thời điểm (giờ cửa khẩu)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="415"/>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="416"/>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="418"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="419"/>
        <source>Recorded at</source>
        <translation>Ghi nhận lúc</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="439"/>
        <source>Sync with the portal</source>
        <translation>Đồng bộ với cổng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="440"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="447"/>
        <source>({time})</source>
        <translation>({time})</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="454"/>
        <source>Portal&apos;s answer: {code} — {reason}</source>
        <translation>Cổng trả lời: {code} — {reason}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="461"/>
        <source>Last attempt failed: {error}</source>
        <translation>Lần gửi gần nhất bị lỗi: {error}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="506"/>
        <source>{number}. {role} — {decision}</source>
        <translation>{number}. {role} — {decision}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="556"/>
        <source>Crossing details</source>
        <translation>Chi tiết lượt xuất nhập cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="557"/>
        <source>&amp;Receipt</source>
        <translation>&amp;Biên nhận</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="558"/>
        <source>&amp;Amend</source>
        <translation>&amp;Sửa bản ghi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="559"/>
        <source>Ca&amp;ncel crossing</source>
        <translation>&amp;Hủy lượt qua</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="560"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="563"/>
        <source>This crossing was cancelled.</source>
        <translation>Lượt xuất nhập cảnh này đã bị hủy.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="565"/>
        <source>This version was replaced by a correction: open that one.</source>
        <translation>Phiên bản này đã được thay bằng bản sửa: hãy mở bản sửa.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="566"/>
        <source>Show and print the receipt</source>
        <translation>Xem và in biên nhận</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="568"/>
        <source>Cancel the crossing (a reason is required)</source>
        <translation>Hủy lượt xuất nhập cảnh (bắt buộc ghi lý do)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="571"/>
        <source>This crossing cannot be corrected at this counter.</source>
        <translation>Không thể sửa bản ghi này tại quầy.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="573"/>
        <source>Load the crossing into the form to correct it</source>
        <translation>Đưa lượt này vào biểu mẫu để sửa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="605"/>
        <source>Cancel the crossing of {name} at {time}?</source>
        <translation>Hủy lượt qua của {name} lúc {time}?</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="626"/>
        <source>Enter your officer ID first: it is recorded with the cancellation.</source>
        <translation>Hãy nhập mã cán bộ trước: mã cán bộ được ghi kèm thông tin hủy.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="629"/>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="645"/>
        <source>Write the reason for the cancellation.</source>
        <translation>Hãy ghi lý do hủy.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="640"/>
        <source>This crossing cannot be cancelled: it was already cancelled or corrected.</source>
        <translation>Không hủy được lượt này: lượt đã bị hủy hoặc đã được sửa.</translation>
    </message>
</context>
<context>
    <name>CrossingForm</name>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="695"/>
        <source>Record a crossing on foot</source>
        <translation>Ghi nhận người xuất nhập cảnh đi bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="624"/>
        <source>Expiry date (if printed)</source>
        <extracomment>How many persons the list shows without scrolling (the column fits 1366×768). Item data of a role cell: the role&apos;s value (``driver``...).</extracomment>
        <translation>Ngày hết hạn (nếu có)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="635"/>
        <source>— choose —</source>
        <translation>— Chọn —</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="638"/>
        <source>e.g. C1234567</source>
        <translation>VD: C1234567</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="639"/>
        <source>e.g. 1985-03-02, or 1985</source>
        <translation>VD: 1985-03-02, hoặc 1985</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="640"/>
        <source>e.g. 2030-12-31</source>
        <translation>VD: 2030-12-31</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="641"/>
        <location filename="../../borderdesk/ui/crossing_form.py" line="642"/>
        <source>As printed in the document</source>
        <translation>Đúng như in trên giấy tờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="644"/>
        <source>Required when refusing: the reason for the refusal</source>
        <translation>Bắt buộc khi từ chối: ghi rõ lý do từ chối</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="648"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="649"/>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="651"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="655"/>
        <source>Means of travel: on foot, or the vehicle or vessel the persons cross in</source>
        <translation>Hình thức đi lại: đi bộ, hoặc phương tiện, tàu thuyền chở người xuất nhập cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="658"/>
        <source>Enter: take the selected person back into the fields to correct them. Delete: remove them from the list. F2: change their role.</source>
        <translation>Enter: đưa người đã chọn trở lại các ô để sửa. Delete: bỏ ra khỏi danh sách. F2: đổi vai trò.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="661"/>
        <source>Edit (Enter)</source>
        <translation>Sửa (Enter)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="663"/>
        <source>Take the selected person back into the fields to correct them</source>
        <translation>Đưa người đã chọn trở lại các ô để sửa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="665"/>
        <source>Remove (Delete)</source>
        <translation>Bỏ ra (Delete)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="667"/>
        <source>Remove the selected person from the list</source>
        <translation>Bỏ người đã chọn ra khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="669"/>
        <source>Add this person (F8)</source>
        <translation>Thêm người này (F8)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="670"/>
        <source>Clear (Esc)</source>
        <translation>Xóa (Esc)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="671"/>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="672"/>
        <source>Enter saves, Esc clears the form.</source>
        <translation>Enter để lưu, Esc để xóa biểu mẫu.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="673"/>
        <source>Abandon the correction (Esc)</source>
        <translation>Bỏ sửa (Esc)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="697"/>
        <source>Record a vessel crossing</source>
        <translation>Ghi nhận tàu thuyền xuất nhập cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="699"/>
        <source>Record a vehicle crossing</source>
        <translation>Ghi nhận phương tiện xuất nhập cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="701"/>
        <source>IMO number or ship name</source>
        <translation>Số IMO hoặc tên tàu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="702"/>
        <source>Flag state</source>
        <translation>Quốc gia treo cờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="703"/>
        <source>e.g. IMO 9234567</source>
        <translation>VD: IMO 9234567</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="707"/>
        <source>e.g. 14A-123.45</source>
        <translation>VD: 14A-123.45</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="709"/>
        <source>Read each person&apos;s document into the fields below, then press F8 to add them here.</source>
        <translation>Quét hoặc nhập giấy tờ của từng người vào các ô bên dưới, rồi nhấn F8 để thêm vào đây.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/crossing_form.py" line="718"/>
        <source>Crew and passengers (%n)</source>
        <translation>
            <numerusform>Thuyền viên và hành khách (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/crossing_form.py" line="720"/>
        <source>Persons on board (%n)</source>
        <translation>
            <numerusform>Người trên phương tiện (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="725"/>
        <source>Add the person in the fields to the list as {role}, and empty the fields for the next document (F8)</source>
        <translation>Thêm người trong các ô vào danh sách với vai trò {role}, rồi làm trống các ô cho giấy tờ tiếp theo (F8)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1048"/>
        <source>On the watchlist: {categories}</source>
        <translation>Có trong danh sách cảnh báo: {categories}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1051"/>
        <source>Decision for this person: {decision}</source>
        <translation>Quyết định cho người này: {decision}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1054"/>
        <source>Watchlist</source>
        <translation>DS cảnh báo</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1056"/>
        <source>To correct</source>
        <translation>Cần sửa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1058"/>
        <source>To check</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1060"/>
        <source>Checked</source>
        <translation>Đã kiểm tra</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1189"/>
        <source>Correcting the record of {name} at {time} (version {version}). Saving records the corrected version.</source>
        <translation>Sửa bản ghi của {name} lúc {time} (phiên bản {version}). Khi lưu, bản sửa sẽ thay thế bản ghi này.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1231"/>
        <source>Pre-declaration {ref} ✓</source>
        <translation>Khai báo trước {ref} ✓</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1235"/>
        <source>Pre-declaration {ref} (not verified)</source>
        <translation>Khai báo trước {ref} (chưa xác minh được)</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="264"/>
        <source>Choose the folder to write the files into.</source>
        <translation>Hãy chọn thư mục để ghi các tệp.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="272"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="315"/>
        <source>Exported {rows} row(s) into {count} file(s), each with its signed manifest, in {folder}.</source>
        <translation>Đã xuất {rows} dòng ra {count} tệp, mỗi tệp kèm bản kê khai có chữ ký, vào thư mục {folder}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="354"/>
        <source>{file}: {rows} row(s), {gate} {start}–{end}, made at {terminal}</source>
        <translation>{file}: {rows} dòng, {gate} {start}–{end}, lập tại quầy {terminal}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="379"/>
        <source>Folder for the exported files</source>
        <translation>Thư mục chứa các tệp xuất</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="383"/>
        <source>Exported file to verify</source>
        <translation>Tệp xuất cần kiểm tra</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="384"/>
        <source>Exported logs (*.csv *.xlsx *.pdf *.manifest.json);;All files (*)</source>
        <translation>Nhật ký đã xuất (*.csv *.xlsx *.pdf *.manifest.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="398"/>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="400"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="402"/>
        <source>Manifest</source>
        <translation>Bản kê khai</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="404"/>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="405"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="424"/>
        <source>Export the daily log</source>
        <translation>Xuất nhật ký hằng ngày</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="425"/>
        <source>&amp;Days from:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="426"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="427"/>
        <source>Formats:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="428"/>
        <source>F&amp;older:</source>
        <translation>Thư &amp;mục:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="429"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="430"/>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="431"/>
        <source>Written files and their manifests</source>
        <translation>Các tệp đã ghi và bản kê khai</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="432"/>
        <source>&amp;Verify a file…</source>
        <translation>&amp;Kiểm tra tệp…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="434"/>
        <source>Check an exported file against its signed manifest</source>
        <translation>Đối chiếu một tệp đã xuất với bản kê khai có chữ ký của nó</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="301"/>
        <source>Record id</source>
        <translation>Mã bản ghi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="302"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="303"/>
        <source>Corrected record</source>
        <translation>Bản ghi được sửa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="304"/>
        <source>Border gate</source>
        <translation>Cửa khẩu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="305"/>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="306"/>
        <source>Officer ID</source>
        <translation>Mã cán bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="307"/>
        <source>Direction</source>
        <translation>Hướng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="308"/>
        <source>Means of travel</source>
        <translation>Hình thức đi lại</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="309"/>
        <source>Crossing time</source>
        <translation>Thời điểm qua cửa khẩu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="310"/>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="311"/>
        <location filename="../../borderdesk/ui/messages.py" line="321"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="312"/>
        <source>Pre-declaration number</source>
        <translation>Số khai báo trước</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="313"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="314"/>
        <source>Acknowledged warnings</source>
        <translation>Cảnh báo đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="315"/>
        <source>Vehicle</source>
        <translation>Phương tiện</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="316"/>
        <source>Licence plate</source>
        <translation>Biển số</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="317"/>
        <source>Vehicle type</source>
        <translation>Loại phương tiện</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="318"/>
        <source>Country of registration</source>
        <translation>Quốc gia đăng ký</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="319"/>
        <source>Persons</source>
        <translation>Người xuất nhập cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="320"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="322"/>
        <source>Identity</source>
        <translation>Nhân thân</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="323"/>
        <source>Surname</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="324"/>
        <source>Given names</source>
        <translation>Tên đệm và tên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="325"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="326"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="327"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="328"/>
        <source>Document type</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="329"/>
        <source>Document number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="330"/>
        <source>Issuing state</source>
        <translation>Quốc gia cấp</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="331"/>
        <source>Expiry date</source>
        <translation>Ngày hết hạn</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="332"/>
        <source>Personal number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
</context>
<context>
    <name>FileScanner</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/file_scan.py" line="95"/>
        <source>Scan a QR code from an image</source>
        <translation>Quét mã QR từ ảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/file_scan.py" line="97"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg)</translation>
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
        <location filename="../../borderdesk/ui/findings_panel.py" line="246"/>
        <source>Saved: {name} ({direction}). Record id: {id}</source>
        <translation>Đã lưu: {name} ({direction}). Mã bản ghi: {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/findings_panel.py" line="251"/>
        <source>Not saved: %n error(s) to correct.</source>
        <translation>
            <numerusform>Chưa lưu: còn %n lỗi cần sửa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/findings_panel.py" line="253"/>
        <source>%n warning(s) to check.</source>
        <translation>
            <numerusform>%n cảnh báo cần kiểm tra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/findings_panel.py" line="257"/>
        <source>Not saved: check the %n warning(s) below, tick Acknowledge, then save again.</source>
        <translation>
            <numerusform>Chưa lưu: kiểm tra %n cảnh báo dưới đây, đánh dấu Xác nhận rồi lưu lại.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="264"/>
        <source>Warnings acknowledged: save again to record the crossing.</source>
        <translation>Đã xác nhận cảnh báo: nhấn Lưu lần nữa để ghi nhận.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="268"/>
        <source>Fill in the document details and press Save. Errors and warnings are listed here.</source>
        <translation>Nhập thông tin giấy tờ rồi nhấn Lưu. Lỗi và cảnh báo sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="285"/>
        <source>Check results</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="287"/>
        <source>Receipt: F6 to print.</source>
        <translation>Biên nhận: F6 để in.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="338"/>
        <source>Exit</source>
        <translation>Xuất cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="339"/>
        <source>Entry</source>
        <translation>Nhập cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="342"/>
        <location filename="../../borderdesk/ui/messages.py" line="347"/>
        <source>Cleared</source>
        <translation>Cho qua</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="343"/>
        <location filename="../../borderdesk/ui/messages.py" line="348"/>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="344"/>
        <source>Secondary control</source>
        <translation>Chuyển kiểm tra chuyên sâu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="349"/>
        <source>Secondary</source>
        <translation>KT chuyên sâu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="352"/>
        <location filename="../../borderdesk/ui/messages.py" line="372"/>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="353"/>
        <source>ID card (CCCD)</source>
        <translation>Căn cước / CCCD</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="354"/>
        <source>Border pass Vietnam–China</source>
        <translation>Giấy thông hành VN–Trung Quốc</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="357"/>
        <source>Border pass Vietnam–Laos</source>
        <translation>Giấy thông hành VN–Lào</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="360"/>
        <source>Border pass Vietnam–Cambodia</source>
        <translation>Giấy thông hành VN–Campuchia</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="363"/>
        <source>Seafarer&apos;s identity document</source>
        <translation>Giấy tờ thuyền viên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="366"/>
        <source>Crew member certificate</source>
        <translation>Chứng nhận thành viên tổ bay</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="369"/>
        <source>Other travel document</source>
        <translation>Giấy tờ đi lại khác</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="373"/>
        <source>ID card</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="374"/>
        <source>Pass VN–CN</source>
        <translation>GTH VN–TQ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="375"/>
        <source>Pass VN–LA</source>
        <translation>GTH VN–Lào</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="376"/>
        <source>Pass VN–KH</source>
        <translation>GTH VN–CPC</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="377"/>
        <source>Seafarer ID</source>
        <translation>GT thuyền viên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="378"/>
        <source>Crew cert.</source>
        <translation>CN tổ bay</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="379"/>
        <source>Other doc.</source>
        <translation>Giấy tờ khác</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="382"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="383"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="384"/>
        <source>Unspecified</source>
        <translation>Không xác định</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="387"/>
        <source>Traveller on foot</source>
        <translation>Người đi bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="388"/>
        <source>Driver</source>
        <translation>Người lái xe</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="389"/>
        <source>Passenger</source>
        <translation>Hành khách</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="390"/>
        <source>Crew member</source>
        <translation>Thuyền viên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="393"/>
        <source>On foot</source>
        <translation>Đi bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="394"/>
        <source>Car</source>
        <translation>Ô tô con</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="395"/>
        <source>Truck</source>
        <translation>Xe tải</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="396"/>
        <source>Bus</source>
        <translation>Xe khách</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="397"/>
        <source>Motorbike</source>
        <translation>Xe máy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="398"/>
        <source>Vessel</source>
        <translation>Tàu thuyền</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="401"/>
        <source>Not queued</source>
        <translation>Chưa vào hàng đợi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="402"/>
        <source>Pending</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="405"/>
        <source>Sent, awaiting confirmation</source>
        <translation>Đã gửi, chờ xác nhận</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="406"/>
        <source>Synchronised</source>
        <translation>Đã đồng bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="408"/>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="407"/>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="403"/>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="410"/>
        <source>{name} border gate</source>
        <translation>Cửa khẩu {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="370"/>
        <source>BorderDesk — {gate}</source>
        <translation>BorderDesk — {gate}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="374"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="375"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="376"/>
        <source>&amp;New (clear the form)</source>
        <translation>Lượt &amp;mới (xóa biểu mẫu)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="377"/>
        <source>&amp;Refresh today&apos;s list</source>
        <translation>Làm mới &amp;danh sách hôm nay</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="378"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="379"/>
        <source>&amp;Lock the counter</source>
        <translation>&amp;Khóa quầy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="380"/>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="381"/>
        <source>Expected pre-declarations</source>
        <translation>Tờ khai dự kiến</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="382"/>
        <source>Recorded today</source>
        <translation>Đã ghi nhận hôm nay</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="383"/>
        <source>Expected (F3)</source>
        <translation>Tờ khai dự kiến (F3)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="385"/>
        <source>Language / Ngôn ngữ</source>
        <translation>Ngôn ngữ / Language</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="386"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="387"/>
        <source>&amp;About BorderDesk</source>
        <translation>&amp;Giới thiệu BorderDesk</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="389"/>
        <source>Database: {path}</source>
        <translation>CSDL: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/main_window.py" line="397"/>
        <source>Today: %n crossing(s)</source>
        <translation>
            <numerusform>Hôm nay: %n lượt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="429"/>
        <source>Pre-declaration {ref} attached: scan the traveller&apos;s document.</source>
        <translation>Đã gắn tờ khai {ref}: quét giấy tờ của người xuất nhập cảnh.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="606"/>
        <source>Saved crossing {id}</source>
        <translation>Đã lưu lượt xuất nhập cảnh {id}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="645"/>
        <source>Not saved: see the check results.</source>
        <translation>Chưa lưu: xem kết quả kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="656"/>
        <source>Your officer ID, recorded with every crossing</source>
        <translation>Mã cán bộ của đồng chí, được ghi kèm mỗi lượt xuất nhập cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="669"/>
        <source>Database problem</source>
        <translation>Lỗi cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="675"/>
        <location filename="../../borderdesk/ui/main_window.py" line="726"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="718"/>
        <source>About BorderDesk</source>
        <translation>Giới thiệu BorderDesk</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="720"/>
        <source>BorderDesk — counter application of the electronic border-guard procedures.</source>
        <translation>BorderDesk — phần mềm tại quầy kiểm soát xuất nhập cảnh, phục vụ thủ tục biên phòng điện tử.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="46"/>
        <source>The document is on the watchlist ({categories}): it can only be recorded as referred to secondary control.</source>
        <translation>Giấy tờ có trong danh sách cảnh báo ({categories}): chỉ được ghi nhận khi chuyển kiểm tra chuyên sâu.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="51"/>
        <source>This document&apos;s last crossing was also an exit ({previous_time} at {previous_gate}); no entry was recorded in between.</source>
        <translation>Lần qua cửa khẩu gần nhất của giấy tờ này cũng là xuất cảnh ({previous_time} tại {previous_gate}); không có lần nhập cảnh nào được ghi nhận ở giữa.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="56"/>
        <source>This document&apos;s last crossing was also an entry ({previous_time} at {previous_gate}); no exit was recorded in between.</source>
        <translation>Lần qua cửa khẩu gần nhất của giấy tờ này cũng là nhập cảnh ({previous_time} tại {previous_gate}); không có lần xuất cảnh nào được ghi nhận ở giữa.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="62"/>
        <source>A border pass is valid for at most {max_months} months, but this one expires on {expiry}.</source>
        <translation>Giấy thông hành có thời hạn tối đa {max_months} tháng, nhưng giấy này hết hạn ngày {expiry}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="67"/>
        <source>Border gate code {gate} is not in the list of gates.</source>
        <translation>Mã cửa khẩu {gate} không có trong danh mục cửa khẩu.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="70"/>
        <source>{field}: this field is required.</source>
        <translation>{field}: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="71"/>
        <source>Time zone {timezone} is not valid.</source>
        <translation>Múi giờ {timezone} không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="74"/>
        <source>The crossing time ({time}) is in the future: check this computer&apos;s clock.</source>
        <translation>Thời điểm qua cửa khẩu ({time}) ở tương lai: hãy kiểm tra đồng hồ của máy tính.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="78"/>
        <source>{field}: too long (at most {max} characters).</source>
        <translation>{field}: quá dài (tối đa {max} ký tự).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="81"/>
        <source>A refusal needs a reason: write it in the notes.</source>
        <translation>Từ chối phải có lý do: ghi lý do vào mục Ghi chú.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="84"/>
        <source>Record version {version} is not valid.</source>
        <translation>Phiên bản bản ghi {version} không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="87"/>
        <source>A correction cannot replace itself.</source>
        <translation>Bản ghi sửa đổi không thể thay thế chính nó.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="90"/>
        <source>Version {version} must name the record it corrects.</source>
        <translation>Phiên bản {version} phải ghi rõ bản ghi được sửa.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="93"/>
        <source>The crossing has no person in it.</source>
        <translation>Lượt xuất nhập cảnh chưa có người nào.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="96"/>
        <source>A crossing on foot cannot have a vehicle.</source>
        <translation>Lượt đi bộ không được khai báo phương tiện.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="99"/>
        <source>A crossing on foot records exactly one traveller ({count} given).</source>
        <translation>Lượt đi bộ chỉ ghi đúng một người (đã khai {count} người).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="102"/>
        <source>The role “{role}” is not allowed when travelling by “{mode}”.</source>
        <translation>Vai trò “{role}” không phù hợp với hình thức đi lại “{mode}”.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="105"/>
        <source>A vehicle needs exactly one driver ({count} given).</source>
        <translation>Phương tiện phải có đúng một người lái (đã khai {count} người).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="108"/>
        <source>Travelling by “{mode}” needs the vehicle&apos;s details.</source>
        <translation>Đi bằng “{mode}” phải khai báo thông tin phương tiện.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="111"/>
        <source>The vehicle type “{kind}” does not match the means of travel “{mode}”.</source>
        <translation>Loại phương tiện “{kind}” không khớp với hình thức đi lại “{mode}”.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="115"/>
        <source>Licence plate {plate} is not valid.</source>
        <translation>Biển số {plate} không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="118"/>
        <source>Licence plate {plate} does not look like a Vietnamese plate: check it.</source>
        <translation>Biển số {plate} không giống biển số Việt Nam: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="122"/>
        <source>{field}: country code {code} is not in the list of countries.</source>
        <translation>{field}: mã quốc gia {code} không có trong danh mục.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="125"/>
        <source>{field}: {code} is the code of specimen documents, never of a real one.</source>
        <translation>{field}: {code} là mã của giấy tờ mẫu, không bao giờ có trên giấy tờ thật.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="129"/>
        <source>Enter the surname or the given names.</source>
        <translation>Phải nhập họ hoặc tên.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="132"/>
        <source>{field}: a name cannot contain digits or the signs &lt; and |.</source>
        <translation>{field}: tên không được chứa chữ số hoặc các ký tự &lt; và |.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="135"/>
        <source>The date of birth {date} is in the future.</source>
        <translation>Ngày sinh {date} ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="138"/>
        <source>The date of birth {date} gives an implausible age: check it.</source>
        <translation>Ngày sinh {date} cho ra độ tuổi không hợp lý: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="141"/>
        <source>The expiry date is before the date of birth.</source>
        <translation>Ngày hết hạn trước ngày sinh.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="144"/>
        <source>The document expired on {expiry}.</source>
        <translation>Giấy tờ đã hết hạn từ ngày {expiry}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="147"/>
        <source>A Vietnam–{partner} border pass is only for citizens of Vietnam and {partner} (nationality entered: {nationality}).</source>
        <translation>Giấy thông hành biên giới Việt Nam–{partner} chỉ cấp cho công dân Việt Nam và {partner} (quốc tịch đã nhập: {nationality}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="152"/>
        <source>A Vietnam–{partner} border pass is used at {gate}, which is not on the border with {partner}.</source>
        <translation>Giấy thông hành biên giới Việt Nam–{partner} được xuất trình tại {gate}, không thuộc tuyến biên giới với {partner}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="157"/>
        <source>A seafarer&apos;s or crew document is used at {gate}, which is not a seaport.</source>
        <translation>Giấy tờ thuyền viên hoặc tổ bay được xuất trình tại {gate}, không phải cửa khẩu cảng biển.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="161"/>
        <source>The document number is not valid: use only letters A–Z and digits ({number_length} characters entered).</source>
        <translation>Số giấy tờ không hợp lệ: chỉ gồm chữ cái A–Z và chữ số (đã nhập {number_length} ký tự).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="166"/>
        <source>This does not look like a Vietnamese passport number (one or two letters and 7 digits): check it.</source>
        <translation>Số này không giống số hộ chiếu Việt Nam (một hoặc hai chữ cái và 7 chữ số): hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="171"/>
        <source>An ID card (CCCD) is only issued to Vietnamese citizens (nationality entered: {nationality}).</source>
        <translation>Căn cước / CCCD chỉ cấp cho công dân Việt Nam (quốc tịch đã nhập: {nationality}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="176"/>
        <source>An ID card (CCCD) number has exactly 12 digits.</source>
        <translation>Số căn cước / CCCD phải gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="179"/>
        <source>The ID card number starts with {province}, which is not a province code.</source>
        <translation>Số căn cước bắt đầu bằng {province}, không phải mã tỉnh, thành phố.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="183"/>
        <source>The ID card number gives the birth year as ..{number_year}, but the date of birth entered is in {birth_year}.</source>
        <translation>Số căn cước cho biết năm sinh ..{number_year}, nhưng ngày sinh đã nhập thuộc năm {birth_year}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="188"/>
        <source>The century digit of the ID card number does not match the birth year {birth_year}.</source>
        <translation>Chữ số thế kỷ trong số căn cước không khớp với năm sinh {birth_year}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="193"/>
        <source>The ID card number gives the sex as “{number_sex}”, but “{sex}” is selected.</source>
        <translation>Số căn cước cho biết giới tính “{number_sex}”, nhưng đã chọn “{sex}”.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="198"/>
        <source>The ID card&apos;s issue date is before the date of birth.</source>
        <translation>Ngày cấp thẻ căn cước trước ngày sinh.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="201"/>
        <source>The ID card&apos;s issue date {date} is in the future.</source>
        <translation>Ngày cấp thẻ căn cước {date} là ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="204"/>
        <source>The old ID number in the QR code has 12 digits (an old ID has 9).</source>
        <translation>Số CMND cũ trong mã QR có 12 chữ số (CMND cũ có 9 chữ số).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="209"/>
        <source>{field}: a group of values was expected.</source>
        <translation>{field}: phải là một nhóm giá trị.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="212"/>
        <source>{field}: unknown entry.</source>
        <translation>{field}: mục không được hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="213"/>
        <source>{field}: text was expected.</source>
        <translation>{field}: phải là văn bản.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="214"/>
        <source>{field}: “{value}” is not allowed (allowed: {allowed}).</source>
        <translation>{field}: giá trị “{value}” không được chấp nhận (được phép: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="217"/>
        <source>{field}: “{value}” is not a valid date; write it as year-month-day, e.g. 2030-12-31.</source>
        <translation>{field}: “{value}” không phải ngày hợp lệ; nhập theo dạng năm-tháng-ngày, VD: 2030-12-31.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="222"/>
        <source>{field}: “{value}” is not a valid record id.</source>
        <translation>{field}: “{value}” không phải mã bản ghi hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="225"/>
        <source>{field}: a whole number was expected.</source>
        <translation>{field}: phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="228"/>
        <source>{field}: the time has no time zone.</source>
        <translation>{field}: thời gian thiếu múi giờ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="231"/>
        <source>{field}: a list was expected.</source>
        <translation>{field}: phải là một danh sách.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="236"/>
        <source>{field}: “{value}” is not a valid date; write it as year-month-day (1985-03-02), or 1985-03 or 1985 when the day or month is unknown.</source>
        <translation>{field}: “{value}” không phải ngày hợp lệ; nhập theo dạng năm-tháng-ngày (1985-03-02), hoặc 1985-03, 1985 nếu không rõ ngày hoặc tháng.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="246"/>
        <source>The database reported an error. Nothing was saved.</source>
        <translation>Cơ sở dữ liệu báo lỗi. Chưa lưu được dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="249"/>
        <source>The disk holding the database is full. Nothing was saved: free some space and try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu đã đầy. Chưa lưu được dữ liệu: hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="254"/>
        <source>The database is read-only. Nothing was saved: ask the technician to check the file permissions.</source>
        <translation>Cơ sở dữ liệu đang ở chế độ chỉ đọc. Chưa lưu được dữ liệu: đề nghị cán bộ kỹ thuật kiểm tra quyền truy cập tệp.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="259"/>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang được chương trình khác sử dụng. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="262"/>
        <source>The database file is damaged. Stop recording and call the technician.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng. Dừng ghi nhận và báo ngay cán bộ kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="266"/>
        <source>The database file cannot be opened.</source>
        <translation>Không mở được tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="267"/>
        <source>A different record with the same id is already stored. Nothing was saved.</source>
        <translation>Đã có một bản ghi khác trùng mã. Chưa lưu được dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="271"/>
        <source>The record to correct does not exist or has already been corrected.</source>
        <translation>Bản ghi cần sửa không tồn tại hoặc đã được sửa trước đó.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="275"/>
        <source>An officer with this ID already exists.</source>
        <translation>Đã có cán bộ với mã này.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="278"/>
        <source>The export could not be written; no file of it was left behind. Check the output folder and try again.</source>
        <translation>Không ghi được tệp xuất; không để lại tệp dở dang nào. Kiểm tra thư mục lưu rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="285"/>
        <source>Unexpected problem (code {code}).</source>
        <translation>Lỗi không xác định (mã {code}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="288"/>
        <source>Not permitted: your role does not allow this. Ask a supervisor.</source>
        <translation>Không được phép: vai trò của bạn không được làm việc này. Hãy nhờ giám sát viên.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="291"/>
        <source>Not permitted: this officer account is disabled or unknown. Ask an administrator.</source>
        <translation>Không được phép: tài khoản cán bộ này đã bị vô hiệu hóa hoặc không có. Hãy báo quản trị viên.</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="132"/>
        <source>Register an officer</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="133"/>
        <source>Reset the PIN</source>
        <translation>Đặt lại mã PIN</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="134"/>
        <source>Officer &amp;ID:</source>
        <translation>&amp;Mã cán bộ:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="134"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="135"/>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="135"/>
        <source>New &amp;PIN:</source>
        <translation>Mã &amp;PIN mới:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="136"/>
        <source>PIN &amp;again:</source>
        <translation>Nhập &amp;lại mã PIN:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="139"/>
        <source>e.g. BP0123</source>
        <translation>ví dụ BP0123</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="140"/>
        <source>at least 6 characters</source>
        <translation>ít nhất 6 ký tự</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="142"/>
        <source>{id} · {name}</source>
        <translation>{id} · {name}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="146"/>
        <source>Register</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="146"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="147"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>OfficersPanel</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="307"/>
        <source>Re-&amp;enable</source>
        <translation>&amp;Kích hoạt lại</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="308"/>
        <source>&amp;Disable</source>
        <translation>Vô &amp;hiệu hóa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="353"/>
        <source>Officer {id} registered.</source>
        <translation>Đã thêm cán bộ {id}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="375"/>
        <source>{id} is now {role}.</source>
        <translation>{id} nay là {role}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="385"/>
        <source>{id} can sign in again.</source>
        <translation>{id} đã đăng nhập lại được.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="389"/>
        <source>{id} can no longer sign in.</source>
        <translation>{id} không còn đăng nhập được.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="409"/>
        <source>New PIN saved for {id}; tell it to them in person.</source>
        <translation>Đã lưu mã PIN mới cho {id}; hãy báo trực tiếp cho cán bộ đó.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="421"/>
        <source>{id}&apos;s lockout was lifted.</source>
        <translation>Đã mở khóa tài khoản {id}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="422"/>
        <source>{id} was not locked out.</source>
        <translation>Tài khoản {id} không bị khóa.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="435"/>
        <source>Disabled</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="435"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="444"/>
        <source>Officer ID</source>
        <translation>Mã cán bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="446"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="447"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="449"/>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="460"/>
        <source>Officers of this terminal</source>
        <translation>Cán bộ của máy trạm này</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="461"/>
        <source>&amp;Register an officer…</source>
        <translation>&amp;Thêm cán bộ…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="462"/>
        <source>Change the r&amp;ole…</source>
        <translation>Đổi &amp;vai trò…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="463"/>
        <source>Reset the &amp;PIN…</source>
        <translation>Đặt lại mã &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="464"/>
        <source>Lift the &amp;lockout</source>
        <translation>&amp;Mở khóa</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="237"/>
        <source>{crossings} crossing(s) in force · {persons} person(s) · {cancelled} cancelled · {corrected} corrected</source>
        <translation>{crossings} lượt qua có hiệu lực · {persons} người · {cancelled} đã hủy · {corrected} đã sửa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="266"/>
        <source>No crossing was referred or flagged on this day.</source>
        <translation>Ngày này không có lượt qua nào bị chuyển kiểm tra hoặc trùng danh sách cảnh báo.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="280"/>
        <source>Watch list ({categories})</source>
        <translation>Danh sách cảnh báo ({categories})</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="283"/>
        <source>Referred to secondary control</source>
        <translation>Chuyển kiểm tra chuyên sâu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="285"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="293"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="295"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="297"/>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="298"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="303"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="305"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="306"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="327"/>
        <source>Gate &amp;day:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="329"/>
        <source>&amp;Today</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="330"/>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="331"/>
        <source>Read the day again (F5)</source>
        <translation>Đọc lại số liệu của ngày (F5)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="332"/>
        <source>By direction</source>
        <translation>Theo chiều</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="333"/>
        <source>By decision</source>
        <translation>Theo quyết định</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="334"/>
        <source>By sync state</source>
        <translation>Theo trạng thái đồng bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="335"/>
        <source>By means of travel</source>
        <translation>Theo phương tiện</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="336"/>
        <source>By officer</source>
        <translation>Theo cán bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="338"/>
        <source>Referred to secondary control and watch-list hits</source>
        <translation>Chuyển kiểm tra chuyên sâu và trùng danh sách cảnh báo</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="136"/>
        <source>Recorded</source>
        <translation>Đã ghi nhận</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="136"/>
        <source>Waiting</source>
        <translation>Chờ làm thủ tục</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="218"/>
        <source>Expected today</source>
        <translation>Tờ khai dự kiến hôm nay</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="220"/>
        <source>Name, reference or document number… (F3)</source>
        <translation>Họ tên, số tờ khai hoặc số giấy tờ… (F3)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="222"/>
        <source>Reference</source>
        <translation>Số tờ khai</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="222"/>
        <source>Direction</source>
        <translation>Hướng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="222"/>
        <source>Persons</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="223"/>
        <source>Vehicle</source>
        <translation>Phương tiện</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="223"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="226"/>
        <source>No confirmed pre-declaration matches.</source>
        <translation>Không có tờ khai đã xác nhận nào phù hợp.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="227"/>
        <source>No confirmed pre-declaration for today at this gate yet. They arrive with each sync.</source>
        <translation>Chưa có tờ khai đã xác nhận nào cho hôm nay tại cửa khẩu này. Tờ khai được tải về sau mỗi lần đồng bộ.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="190"/>
        <location filename="../../borderdesk/ui/receipt.py" line="447"/>
        <source>Crossing receipt</source>
        <translation>Biên nhận xuất nhập cảnh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="191"/>
        <location filename="../../borderdesk/ui/receipt.py" line="471"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="194"/>
        <location filename="../../borderdesk/ui/receipt.py" line="458"/>
        <source>Record id</source>
        <translation>Mã bản ghi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="195"/>
        <location filename="../../borderdesk/ui/receipt.py" line="455"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="196"/>
        <location filename="../../borderdesk/ui/receipt.py" line="452"/>
        <source>Border gate</source>
        <translation>Cửa khẩu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="197"/>
        <location filename="../../borderdesk/ui/receipt.py" line="453"/>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="198"/>
        <location filename="../../borderdesk/ui/receipt.py" line="454"/>
        <source>Direction</source>
        <translation>Hướng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="199"/>
        <location filename="../../borderdesk/ui/receipt.py" line="456"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="200"/>
        <location filename="../../borderdesk/ui/receipt.py" line="457"/>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="201"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="202"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="203"/>
        <source>Officer ID</source>
        <translation>Mã cán bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="446"/>
        <source>Receipt</source>
        <translation>Biên nhận</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="449"/>
        <source>This crossing was cancelled: the receipt is not valid.</source>
        <translation>Lượt này đã bị hủy: biên nhận không còn giá trị.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="464"/>
        <source>The traveller keeps the printed slip; any counter can scan its code to check it.</source>
        <translation>Người xuất nhập cảnh giữ phiếu in; mọi quầy kiểm soát đều có thể quét mã trên phiếu để kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="468"/>
        <source>Print… (Ctrl+P)</source>
        <translation>In… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="476"/>
        <source>Print the receipt</source>
        <translation>In biên nhận</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="481"/>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
</context>
<context>
    <name>ReceiptSlip</name>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="65"/>
        <source>BORDER CROSSING RECEIPT</source>
        <translation>BIÊN NHẬN XUẤT NHẬP CẢNH</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="66"/>
        <source>Counter {terminal}</source>
        <translation>Quầy {terminal}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="67"/>
        <source>Direction</source>
        <translation>Hướng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="68"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="69"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="70"/>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="71"/>
        <source>Record</source>
        <translation>Mã bản ghi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="72"/>
        <source>Any border counter can scan this code to check the receipt.</source>
        <translation>Quét mã này tại bất kỳ quầy kiểm soát nào để kiểm tra biên nhận.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="75"/>
        <source>CANCELLED — NOT VALID</source>
        <translation>ĐÃ HỦY — KHÔNG CÓ GIÁ TRỊ</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../borderdesk/ui/record_actions.py" line="108"/>
        <source>This crossing cannot be corrected at this counter.</source>
        <translation>Không thể sửa bản ghi này tại quầy.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/record_actions.py" line="117"/>
        <source>Correct the fields, then save: a new version replaces this one.</source>
        <translation>Sửa các thông tin cần thiết rồi lưu: phiên bản mới sẽ thay thế bản ghi cũ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/record_actions.py" line="128"/>
        <source>Crossing cancelled; the cancellation is queued for the portal.</source>
        <translation>Đã hủy lượt qua; thông tin hủy đang chờ gửi lên cổng.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/record_actions.py" line="144"/>
        <source>No crossing saved yet: select one in today&apos;s list.</source>
        <translation>Chưa lưu lượt nào: hãy chọn một lượt trong danh sách hôm nay.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/record_actions.py" line="182"/>
        <source>Re&amp;ceipt of the last crossing</source>
        <translation>&amp;Biên nhận lượt vừa lưu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/record_actions.py" line="184"/>
        <source>Show and print the receipt of the crossing saved last (F6)</source>
        <translation>Xem và in biên nhận của lượt vừa lưu (F6)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="219"/>
        <source>No message waits for review: the portal refused nothing.</source>
        <translation>Không có bản ghi nào chờ xem xét: cổng chưa từ chối bản ghi nào.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="221"/>
        <source>Every refused message has been dealt with.</source>
        <translation>Mọi bản ghi bị từ chối đều đã được xử lý.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="226"/>
        <source>Select a message in the list.</source>
        <translation>Chọn một bản ghi trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="234"/>
        <source>{function} · {state} · code {code} · portal&apos;s words: {reason}</source>
        <translation>{function} · {state} · mã {code} · nguyên văn của cổng: {reason}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="248"/>
        <source>Load the crossing into the counter form to correct it; the correction is sent to the portal as an amendment</source>
        <translation>Đưa lượt qua vào biểu mẫu tại quầy để sửa; bản sửa được gửi lên cổng dưới dạng sửa đổi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="255"/>
        <source>A refused cancellation cannot be corrected: open the crossing to see where it stands.</source>
        <translation>Không sửa được một yêu cầu hủy bị từ chối: hãy mở lượt qua để xem tình trạng.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="258"/>
        <source>Already dealt with.</source>
        <translation>Đã được xử lý.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="259"/>
        <source>This crossing cannot be corrected at this counter.</source>
        <translation>Không thể sửa lượt qua này tại quầy này.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="263"/>
        <source>The crossing is not in this terminal&apos;s database.</source>
        <translation>Lượt qua này không có trong cơ sở dữ liệu của máy trạm.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="273"/>
        <source>{who}
{direction}, {mode}, {time} · decision: {decision} · officer {officer} · version {version}</source>
        <translation>{who}
{direction}, {mode}, {time} · quyết định: {decision} · cán bộ {officer} · phiên bản {version}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="286"/>
        <source>To review: correct the crossing and send it again, or cancel it from its detail.</source>
        <translation>Chờ xử lý: sửa lượt qua rồi gửi lại, hoặc hủy lượt qua từ màn hình chi tiết.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="320"/>
        <source>Crossing time</source>
        <translation>Thời điểm qua</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="321"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="323"/>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="324"/>
        <source>Message</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="326"/>
        <source>Portal&apos;s answer</source>
        <translation>Cổng trả lời</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="329"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="331"/>
        <source>Handling</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="348"/>
        <source>Messages refused by the portal</source>
        <translation>Bản ghi bị cổng từ chối</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="349"/>
        <source>&amp;Only those still to review</source>
        <translation>Chỉ hiện mục &amp;chưa xử lý</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="350"/>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="351"/>
        <source>Read the list again (F5)</source>
        <translation>Đọc lại danh sách (F5)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="352"/>
        <source>The portal&apos;s answer</source>
        <translation>Cổng trả lời</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="353"/>
        <source>&amp;Correct and resend</source>
        <translation>&amp;Sửa và gửi lại</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="354"/>
        <source>Crossing in &amp;full</source>
        <translation>&amp;Mở lượt qua đầy đủ</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="191"/>
        <source>Change the role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="192"/>
        <source>{id} · {name}</source>
        <translation>{id} · {name}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="194"/>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="195"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="196"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="69"/>
        <source>ID card (CCCD) read: {name}</source>
        <translation>Đã đọc thẻ CCCD: {name}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="70"/>
        <source>Machine-readable zone read: {name} ({document})</source>
        <translation>Đã đọc vùng MRZ: {name} ({document})</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="71"/>
        <source>MRZ check digit failed: the form was NOT filled</source>
        <translation>Sai số kiểm tra MRZ: KHÔNG điền vào biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="74"/>
        <source>The machine-readable zone cannot be read</source>
        <translation>Không đọc được vùng MRZ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="75"/>
        <source>This is a visa&apos;s MRZ: scan the passport&apos;s data page instead</source>
        <translation>Đây là vùng MRZ của thị thực: hãy quét trang thông tin của hộ chiếu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="78"/>
        <source>The ID card QR code cannot be read</source>
        <translation>Không đọc được mã QR của thẻ căn cước</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="79"/>
        <source>Pre-declaration {reference}: confirmation verified</source>
        <translation>Khai báo trước {reference}: phiếu xác nhận hợp lệ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="82"/>
        <source>Pre-declaration {reference}: NOT VERIFIED (unknown signing key)</source>
        <translation>Khai báo trước {reference}: CHƯA XÁC MINH ĐƯỢC (khóa ký không xác định)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="85"/>
        <source>Confirmation slip forged or altered: its signature does not match</source>
        <translation>Phiếu xác nhận bị sửa hoặc giả mạo: chữ ký không khớp</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="88"/>
        <source>The confirmation slip cannot be read</source>
        <translation>Không đọc được phiếu xác nhận</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="91"/>
        <source>Receipt verified: crossing of {name} selected in today&apos;s list</source>
        <translation>Biên nhận hợp lệ: đã chọn lượt qua của {name} trong danh sách hôm nay</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="94"/>
        <source>Receipt verified: crossing {id}</source>
        <translation>Biên nhận hợp lệ: lượt qua {id}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="95"/>
        <source>Receipt NOT VERIFIED: signed by an unknown counter</source>
        <translation>Biên nhận CHƯA XÁC MINH ĐƯỢC: do một quầy không xác định ký</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="98"/>
        <source>Receipt forged or altered: its signature does not match</source>
        <translation>Biên nhận bị sửa hoặc giả mạo: chữ ký không khớp</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="101"/>
        <source>The receipt cannot be read</source>
        <translation>Không đọc được biên nhận</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="102"/>
        <source>Unknown code: not an ID card QR, a passport MRZ, a confirmation slip or a receipt</source>
        <translation>Mã không xác định: không phải mã QR thẻ căn cước, vùng MRZ hộ chiếu, phiếu xác nhận hay biên nhận</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="106"/>
        <source>The scanner sent characters that cannot be read: nothing was filled</source>
        <translation>Máy quét gửi ký tự không đọc được: không điền gì vào biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="109"/>
        <source>The scan could not be checked</source>
        <translation>Không kiểm tra được mã vừa quét</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="113"/>
        <source>The document fields were filled in: compare them with the document.</source>
        <translation>Đã điền thông tin giấy tờ: hãy đối chiếu với giấy tờ thật.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="116"/>
        <source>Names are as printed in the MRZ (without diacritics): correct them from the data page if needed.</source>
        <translation>Họ tên lấy theo vùng MRZ (không dấu): sửa lại theo trang thông tin nếu cần.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="121"/>
        <source>Check digit of the {check}: printed {printed}, computed {computed}.</source>
        <translation>Số kiểm tra của {check}: in {printed}, tính ra {computed}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="124"/>
        <source>Scan the zone again, or type the data from the data page.</source>
        <translation>Hãy quét lại vùng MRZ, hoặc nhập dữ liệu từ trang thông tin.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="127"/>
        <source>Line {line}, position {position}.</source>
        <translation>Dòng {line}, vị trí {position}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="128"/>
        <source>Text read: {text}</source>
        <translation>Nội dung đọc được: {text}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="129"/>
        <source>The scanner is not sending UTF-8: set it to UTF-8 (Unicode) output, or use it as a serial (COM) device, and scan again.</source>
        <translation>Máy quét không gửi dữ liệu UTF-8: hãy đặt máy quét xuất UTF-8 (Unicode), hoặc dùng ở chế độ cổng nối tiếp (COM), rồi quét lại.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="134"/>
        <source>Persons declared: {persons} · Expected on: {date} · {gate}, {direction}</source>
        <translation>Số người khai: {persons} · Ngày dự kiến: {date} · {gate}, {direction}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="138"/>
        <source>Verification: signature of the national portal is valid.</source>
        <translation>Xác minh: chữ ký của Cổng quốc gia hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="141"/>
        <source>Verification: NOT VERIFIED — signed by key {key}, which this counter does not know. Check the traveller&apos;s documents by hand.</source>
        <translation>Xác minh: CHƯA XÁC MINH ĐƯỢC — ký bằng khóa {key} mà quầy này không biết. Hãy kiểm tra trực tiếp giấy tờ của người xuất nhập cảnh.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="146"/>
        <source>Do not accept this slip: it was altered or forged. The pre-declaration number was not put in the form.</source>
        <translation>Không chấp nhận phiếu này: phiếu đã bị sửa hoặc giả mạo. Số khai báo trước không được điền vào biểu mẫu.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="151"/>
        <source>The pre-declaration number was put in the form.</source>
        <translation>Đã điền số khai báo trước vào biểu mẫu.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="154"/>
        <source>Declared for another border gate: {gate}.</source>
        <translation>Khai cho cửa khẩu khác: {gate}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="155"/>
        <source>Declared for the other direction: {direction}.</source>
        <translation>Khai cho chiều khác: {direction}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="158"/>
        <source>Expected on {date}, not today.</source>
        <translation>Dự kiến ngày {date}, không phải hôm nay.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="159"/>
        <source>This crossing was recorded at another counter ({gate}, {terminal}).</source>
        <translation>Lượt qua này được ghi tại quầy khác ({gate}, {terminal}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="162"/>
        <source>Do not accept this receipt: it was altered or forged.</source>
        <translation>Không chấp nhận biên nhận này: biên nhận đã bị sửa hoặc giả mạo.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="169"/>
        <source>document number</source>
        <translation>số giấy tờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="170"/>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="171"/>
        <source>expiry date</source>
        <translation>ngày hết hạn</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="172"/>
        <source>personal number</source>
        <translation>số định danh cá nhân</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="173"/>
        <source>whole zone (composite)</source>
        <translation>toàn vùng (số kiểm tra tổng hợp)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="179"/>
        <source>No MRZ text was read.</source>
        <translation>Không đọc được nội dung MRZ nào.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="180"/>
        <source>The lines do not have the length of a passport (2×44), visa (2×36) or ID card (3×30) zone: part of it was not read.</source>
        <translation>Các dòng không có độ dài của vùng MRZ hộ chiếu (2×44), thị thực (2×36) hay thẻ (3×30): có phần chưa đọc được.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="185"/>
        <source>A character that cannot appear in an MRZ was read.</source>
        <translation>Đọc được ký tự không thể có trong vùng MRZ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="188"/>
        <source>The document code at the start of the zone is not valid.</source>
        <translation>Mã loại giấy tờ ở đầu vùng MRZ không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="191"/>
        <source>A date in the zone is not a valid date.</source>
        <translation>Có ngày tháng trong vùng MRZ không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="194"/>
        <source>The QR code is empty.</source>
        <translation>Mã QR không có nội dung.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="195"/>
        <source>The QR code holds a web address, not an ID card.</source>
        <translation>Mã QR chứa địa chỉ web, không phải thẻ căn cước.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="198"/>
        <source>Fields are missing: this is not a complete ID card QR code.</source>
        <translation>Thiếu trường thông tin: đây không phải mã QR thẻ căn cước đầy đủ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="201"/>
        <source>The QR code has more fields than an ID card QR code.</source>
        <translation>Mã QR có nhiều trường hơn mã QR thẻ căn cước.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="204"/>
        <source>The ID number does not have 12 digits.</source>
        <translation>Số định danh không có đủ 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="205"/>
        <source>The old ID number (CMND) does not have 9 digits.</source>
        <translation>Số CMND cũ không có 9 chữ số.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="208"/>
        <source>The name is missing or contains digits.</source>
        <translation>Thiếu họ tên hoặc họ tên có chữ số.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="209"/>
        <source>A date is not written as day-month-year.</source>
        <translation>Có ngày tháng không viết theo dạng ngày-tháng-năm.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="210"/>
        <source>The sex is neither “Nam” nor “Nữ”.</source>
        <translation>Giới tính không phải “Nam” hay “Nữ”.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="213"/>
        <source>It is not in the expected format.</source>
        <translation>Mã không đúng định dạng.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="214"/>
        <source>It is damaged (bad encoding).</source>
        <translation>Mã bị hỏng (sai mã hóa).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="215"/>
        <source>Its content is damaged.</source>
        <translation>Nội dung mã bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="216"/>
        <source>A field is missing or malformed.</source>
        <translation>Thiếu một trường hoặc có trường sai định dạng.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="217"/>
        <source>Its signature does not match: it was altered or forged.</source>
        <translation>Chữ ký không khớp: mã đã bị sửa hoặc giả mạo.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="220"/>
        <source>It was signed by a key this counter does not know.</source>
        <translation>Mã được ký bằng khóa mà quầy này không biết.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="223"/>
        <source>It was issued for another document.</source>
        <translation>Mã được cấp cho giấy tờ khác.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="225"/>
        <source>Unexpected problem (code {code}).</source>
        <translation>Lỗi không xác định (mã {code}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="230"/>
        <source>No QR code found in {file}.</source>
        <translation>Không tìm thấy mã QR trong {file}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="231"/>
        <source>The image {file} cannot be read: is it a PNG or JPEG file?</source>
        <translation>Không đọc được ảnh {file}: tệp có phải ảnh PNG hoặc JPEG không?</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="234"/>
        <source>The QR decoder is not installed on this computer: {file} cannot be scanned. Call the technician.</source>
        <translation>Máy tính này chưa cài bộ giải mã QR: không quét được {file}. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="239"/>
        <source>Decoding {file} failed unexpectedly: see the log.</source>
        <translation>Giải mã {file} gặp lỗi không lường trước: xem nhật ký.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="244"/>
        <source>Serial scanner on {port}: connected.</source>
        <translation>Máy quét cổng nối tiếp {port}: đã kết nối.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="245"/>
        <source>Serial scanner: no port chosen (Scan ▸ Serial port scanner).</source>
        <translation>Máy quét cổng nối tiếp: chưa chọn cổng (Quét ▸ Máy quét cổng nối tiếp).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="248"/>
        <source>Serial scanner on {port}: not plugged in. Waiting for it…</source>
        <translation>Máy quét cổng nối tiếp {port}: chưa cắm. Đang chờ…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="251"/>
        <source>Serial scanner on {port}: access denied (on Linux the user must be in the “dialout” group).</source>
        <translation>Máy quét cổng nối tiếp {port}: không có quyền truy cập (trên Linux, người dùng phải thuộc nhóm “dialout”).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="256"/>
        <source>Serial scanner on {port}: cannot be opened (used by another program?).</source>
        <translation>Máy quét cổng nối tiếp {port}: không mở được (chương trình khác đang dùng?).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="259"/>
        <source>Serial scanner on {port}: disconnected. Reconnecting…</source>
        <translation>Máy quét cổng nối tiếp {port}: mất kết nối. Đang kết nối lại…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="262"/>
        <source>Serial scanner on {port}: data without a line end was dropped. Check the line end setting.</source>
        <translation>Máy quét cổng nối tiếp {port}: đã bỏ dữ liệu không có ký tự kết thúc dòng. Hãy kiểm tra cài đặt kết thúc dòng.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="267"/>
        <source>Serial scanner on {port}: the code was not UTF-8. Set the scanner to UTF-8 output.</source>
        <translation>Máy quét cổng nối tiếp {port}: mã không ở dạng UTF-8. Hãy đặt máy quét xuất UTF-8.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="274"/>
        <source>No camera found.</source>
        <translation>Không tìm thấy camera.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="275"/>
        <source>The camera reported an error.</source>
        <translation>Camera báo lỗi.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="276"/>
        <source>The QR decoder is not installed on this computer.</source>
        <translation>Máy tính này chưa cài bộ giải mã QR.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="279"/>
        <source>Decoding a camera picture failed unexpectedly: see the log.</source>
        <translation>Giải mã hình ảnh camera gặp lỗi không lường trước: xem nhật ký.</translation>
    </message>
</context>
<context>
    <name>ScanMenu</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/controller.py" line="72"/>
        <source>S&amp;can</source>
        <translation>&amp;Quét</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/controller.py" line="73"/>
        <source>From an image &amp;file…</source>
        <translation>Từ &amp;tệp ảnh…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/controller.py" line="74"/>
        <source>With the &amp;camera…</source>
        <translation>Bằng &amp;camera…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/controller.py" line="75"/>
        <source>&amp;Serial port scanner…</source>
        <translation>Máy quét cổng &amp;nối tiếp…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/controller.py" line="76"/>
        <source>&amp;Keyboard scanner (always on)…</source>
        <translation>Máy quét dạng &amp;bàn phím (luôn bật)…</translation>
    </message>
</context>
<context>
    <name>ScanResultPanel</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="129"/>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
</context>
<context>
    <name>SerialSettingsDialog</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="306"/>
        <source>Serial port scanner</source>
        <translation>Máy quét cổng nối tiếp</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="307"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="308"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="311"/>
        <source>A scanner set up as a USB serial (virtual COM) device sends the code as it is: names with diacritics arrive intact and no field needs the cursor. Program it to end each code with the line end chosen below.</source>
        <translation>Máy quét đặt ở chế độ cổng nối tiếp USB (COM ảo) gửi mã nguyên vẹn: họ tên có dấu không bị lỗi và không cần đặt con trỏ vào ô nào. Hãy cài máy quét kết thúc mỗi mã bằng ký tự kết thúc dòng chọn dưới đây.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="317"/>
        <source>Use a scanner on a serial port</source>
        <translation>Dùng máy quét trên cổng nối tiếp</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="318"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="319"/>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="319"/>
        <source>Speed (baud):</source>
        <translation>Tốc độ (baud):</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="319"/>
        <source>Line end:</source>
        <translation>Kết thúc dòng:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="324"/>
        <source>No serial port found: type its name (COM3, ttyACM0)</source>
        <translation>Không tìm thấy cổng nối tiếp: nhập tên cổng (COM3, ttyACM0)</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="344"/>
        <source>Enter your officer ID.</source>
        <translation>Nhập mã cán bộ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="345"/>
        <source>Enter your PIN.</source>
        <translation>Nhập mã PIN.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="346"/>
        <source>The two PINs differ: type the PIN again.</source>
        <translation>Hai mã PIN không giống nhau: nhập lại mã PIN.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="347"/>
        <source>The PIN must have at least 6 characters.</source>
        <translation>Mã PIN phải có ít nhất 6 ký tự.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="348"/>
        <source>The PIN is too long.</source>
        <translation>Mã PIN quá dài.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="350"/>
        <source>Officer ID: letters and digits, 2 to 32 characters.</source>
        <translation>Mã cán bộ: chữ và số, từ 2 đến 32 ký tự.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="351"/>
        <source>Enter the officer&apos;s full name.</source>
        <translation>Nhập họ và tên cán bộ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="352"/>
        <source>The name is too long.</source>
        <translation>Họ tên quá dài.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="353"/>
        <source>Wrong officer ID or PIN.</source>
        <translation>Sai mã cán bộ hoặc mã PIN.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="355"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="357"/>
        <source>Too many wrong PINs: this account is locked for a while. Try again later or ask a supervisor.</source>
        <translation>Nhập sai mã PIN quá nhiều lần: tài khoản tạm thời bị khóa. Thử lại sau hoặc liên hệ cán bộ chỉ huy.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="360"/>
        <source>Sign-in refused ({code}).</source>
        <translation>Không đăng nhập được ({code}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="372"/>
        <source>Counter {terminal}</source>
        <translation>Quầy {terminal}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="375"/>
        <source>No officer is registered on this terminal yet. Create the administrator account: it can then add the other officers.</source>
        <translation>Máy trạm này chưa có cán bộ nào. Hãy tạo tài khoản quản trị; tài khoản này sẽ thêm các cán bộ khác.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="379"/>
        <source>Locked. {name} ({id}): enter your PIN to continue.</source>
        <translation>Quầy đang khóa. {name} ({id}): nhập mã PIN để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="382"/>
        <source>Sign in to the counter</source>
        <translation>Đăng nhập vào quầy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="383"/>
        <source>&amp;Officer ID:</source>
        <translation>&amp;Mã cán bộ:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="384"/>
        <source>&amp;PIN:</source>
        <translation>Mã &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="385"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="386"/>
        <source>PIN &amp;again:</source>
        <translation>Nhập &amp;lại mã PIN:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="387"/>
        <source>e.g. BP0123</source>
        <translation>VD: BP0123</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="389"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="391"/>
        <source>Create and sign in</source>
        <translation>Tạo và đăng nhập</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="393"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="394"/>
        <source>Another officer…</source>
        <translation>Cán bộ khác…</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="25"/>
        <source>The record&apos;s content no longer matches its fingerprint: it was damaged in storage or on the way.</source>
        <translation>Nội dung bản ghi không còn khớp với mã băm của nó: đã bị hỏng khi lưu hoặc khi truyền.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="30"/>
        <source>The portal found the record invalid: {details}.</source>
        <translation>Cổng thấy bản ghi không hợp lệ: {details}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="33"/>
        <source>The record names another border gate than the one this terminal is enrolled for ({reason}).</source>
        <translation>Bản ghi ghi một cửa khẩu khác với cửa khẩu mà máy trạm này đã đăng ký ({reason}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="38"/>
        <source>The portal already holds a different record under the same id.</source>
        <translation>Cổng đã có một bản ghi khác mang cùng mã.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="42"/>
        <source>The portal does not hold the record this correction or cancellation refers to.</source>
        <translation>Cổng không có bản ghi mà bản sửa hoặc yêu cầu hủy này nhắc tới.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="47"/>
        <source>The portal&apos;s record was already corrected or cancelled ({reason}).</source>
        <translation>Bản ghi trên cổng đã được sửa hoặc hủy trước đó ({reason}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="51"/>
        <source>The record is larger than the portal accepts.</source>
        <translation>Bản ghi lớn hơn mức cổng chấp nhận.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="55"/>
        <source>The portal could not read the request.</source>
        <translation>Cổng không đọc được yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="58"/>
        <source>The portal speaks another version of the sync protocol: update BorderDesk.</source>
        <translation>Cổng dùng phiên bản giao thức đồng bộ khác: cần cập nhật BorderDesk.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="62"/>
        <source>The portal did not accept this terminal&apos;s signature.</source>
        <translation>Cổng không chấp nhận chữ ký của máy trạm này.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="65"/>
        <source>The portal does not know this terminal (not enrolled, or its key was revoked).</source>
        <translation>Cổng không biết máy trạm này (chưa đăng ký, hoặc khóa đã bị thu hồi).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="70"/>
        <source>The portal refused the request as a replay: check this computer&apos;s clock.</source>
        <translation>Cổng từ chối yêu cầu vì coi là gửi lặp: kiểm tra đồng hồ của máy này.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="74"/>
        <source>The request was damaged on the way to the portal.</source>
        <translation>Yêu cầu bị hỏng trên đường tới cổng.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="77"/>
        <source>The portal was still processing the same batch.</source>
        <translation>Cổng vẫn đang xử lý cùng lô đó.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="80"/>
        <source>The portal saw the same batch number for another batch.</source>
        <translation>Cổng thấy cùng số lô được dùng cho một lô khác.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="83"/>
        <source>The portal asked the terminal to slow down.</source>
        <translation>Cổng yêu cầu máy trạm gửi chậm lại.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="86"/>
        <source>The portal was temporarily unavailable.</source>
        <translation>Cổng tạm thời không hoạt động.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="89"/>
        <source>The enrolment code is unknown, used or expired.</source>
        <translation>Mã đăng ký không tồn tại, đã dùng hoặc đã hết hạn.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="96"/>
        <source>unknown message kind</source>
        <translation>loại bản ghi không xác định</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="97"/>
        <source>the record is empty</source>
        <translation>bản ghi trống</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="98"/>
        <source>the record has no id</source>
        <translation>bản ghi không có mã</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="99"/>
        <source>the record&apos;s id differs from the message&apos;s</source>
        <translation>mã bản ghi khác với mã trong thông điệp</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="102"/>
        <source>the corrected record&apos;s id is not valid</source>
        <translation>mã của bản ghi được sửa không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="105"/>
        <source>a correction must name the record it corrects</source>
        <translation>bản sửa phải ghi rõ bản ghi được sửa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="108"/>
        <source>the correction names another record than the message</source>
        <translation>bản sửa ghi một bản ghi khác với thông điệp</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="111"/>
        <source>a first record cannot correct another one</source>
        <translation>bản ghi đầu tiên không thể sửa bản ghi khác</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="114"/>
        <source>the cancellation names another record than the message</source>
        <translation>yêu cầu hủy ghi một bản ghi khác với thông điệp</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="117"/>
        <source>the crossing time is in the future for the portal (check this computer&apos;s clock)</source>
        <translation>giờ qua lại ở tương lai đối với cổng (kiểm tra đồng hồ của máy này)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="122"/>
        <source>the date of birth is after the crossing time</source>
        <translation>ngày sinh sau giờ qua lại</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="125"/>
        <source>the date of birth gives an implausible age</source>
        <translation>ngày sinh cho ra tuổi không hợp lý</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="128"/>
        <source>the document expires before the date of birth</source>
        <translation>giấy tờ hết hạn trước ngày sinh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="131"/>
        <source>the crossing has no person</source>
        <translation>lượt qua không có người nào</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="132"/>
        <source>a refusal has no reason in the notes</source>
        <translation>quyết định từ chối không ghi lý do trong ghi chú</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="135"/>
        <source>an unknown country code</source>
        <translation>mã quốc gia không xác định</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="136"/>
        <source>an unknown border gate code</source>
        <translation>mã cửa khẩu không xác định</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="137"/>
        <source>the document number is not valid</source>
        <translation>số giấy tờ không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="140"/>
        <source>the ID card number is not valid</source>
        <translation>số căn cước không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="143"/>
        <source>a name is missing</source>
        <translation>thiếu họ tên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="144"/>
        <source>a vehicle needs exactly one driver</source>
        <translation>phương tiện phải có đúng một người lái</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="147"/>
        <source>the vehicle&apos;s details are missing</source>
        <translation>thiếu thông tin phương tiện</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="153"/>
        <source>“{field}” is missing</source>
        <translation>thiếu “{field}”</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="154"/>
        <source>“{field}” is too long</source>
        <translation>“{field}” quá dài</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="155"/>
        <source>unknown entry “{field}”</source>
        <translation>mục không xác định “{field}”</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="156"/>
        <source>“{field}” is not a valid date</source>
        <translation>“{field}” không phải ngày hợp lệ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="157"/>
        <source>“{field}” has no time zone</source>
        <translation>“{field}” không có múi giờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="161"/>
        <source>The portal found the record invalid.</source>
        <translation>Cổng thấy bản ghi không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="164"/>
        <source>The portal said: {reason}</source>
        <translation>Cổng trả lời: {reason}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="165"/>
        <source>The portal gave no reason.</source>
        <translation>Cổng không nêu lý do.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="170"/>
        <source>Declaration</source>
        <translation>Khai báo</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="171"/>
        <source>Correction</source>
        <translation>Sửa đổi</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="172"/>
        <source>Cancellation</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="175"/>
        <source>To review</source>
        <translation>Chờ xử lý</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="176"/>
        <source>Corrected</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="177"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="179"/>
        <source>Corrected: version {version}, {state}</source>
        <translation>Đã sửa: phiên bản {version}, {state}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="186"/>
        <source>Crossing recorded</source>
        <translation>Ghi nhận lượt qua</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="187"/>
        <source>Crossing corrected</source>
        <translation>Sửa lượt qua</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="188"/>
        <source>Crossing cancelled</source>
        <translation>Hủy lượt qua</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="189"/>
        <source>Watch-list hit recorded</source>
        <translation>Ghi nhận trùng danh sách cảnh báo</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="190"/>
        <source>Officer registered</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="191"/>
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="192"/>
        <source>Sign-in refused</source>
        <translation>Đăng nhập bị từ chối</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="193"/>
        <source>Counter locked</source>
        <translation>Khóa quầy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="194"/>
        <source>Counter unlocked</source>
        <translation>Mở khóa quầy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="195"/>
        <source>Unlock refused</source>
        <translation>Mở khóa quầy bị từ chối</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="196"/>
        <source>Signed out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="197"/>
        <source>Officer disabled</source>
        <translation>Vô hiệu hóa cán bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="198"/>
        <source>Officer re-enabled</source>
        <translation>Kích hoạt lại cán bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="199"/>
        <source>PIN reset</source>
        <translation>Đặt lại mã PIN</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="200"/>
        <source>Officer lockout lifted</source>
        <translation>Mở khóa tài khoản cán bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="201"/>
        <source>Officer role changed</source>
        <translation>Đổi vai trò cán bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="202"/>
        <source>Permission refused</source>
        <translation>Từ chối do không có quyền</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="203"/>
        <source>Terminal enrolled</source>
        <translation>Đăng ký máy trạm</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="204"/>
        <source>Key trusted</source>
        <translation>Tin cậy khóa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="205"/>
        <source>Key revoked</source>
        <translation>Thu hồi khóa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="206"/>
        <source>Database backed up</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="207"/>
        <source>Log exported</source>
        <translation>Xuất nhật ký</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="212"/>
        <source>crossing</source>
        <translation>lượt qua</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="213"/>
        <source>officer</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="214"/>
        <source>terminal</source>
        <translation>máy trạm</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="215"/>
        <source>key</source>
        <translation>khóa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="216"/>
        <source>permission</source>
        <translation>quyền</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="221"/>
        <source>The chain is intact: {entries} entries verified.</source>
        <translation>Chuỗi còn nguyên vẹn: đã kiểm tra {entries} mục.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="225"/>
        <source>Entry #{seq} was changed after it was written: its content no longer matches its hash.</source>
        <translation>Mục #{seq} đã bị sửa sau khi ghi: nội dung không còn khớp với mã băm.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="230"/>
        <source>The chain is broken at entry #{seq}: it does not follow the entry before it.</source>
        <translation>Chuỗi bị đứt tại mục #{seq}: mục này không nối tiếp mục trước nó.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="234"/>
        <source>Entries are missing from #{seq} on (deleted).</source>
        <translation>Thiếu các mục từ #{seq} (đã bị xóa).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="237"/>
        <source>The newest entries, from #{seq} on, were deleted.</source>
        <translation>Các mục mới nhất, từ #{seq} trở đi, đã bị xóa.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="241"/>
        <source>The chain does not verify at entry #{seq} ({problem}).</source>
        <translation>Chuỗi không hợp lệ tại mục #{seq} ({problem}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="248"/>
        <source>Intact: the file matches its manifest, signed by a trusted terminal key.</source>
        <translation>Nguyên vẹn: tệp khớp với bản kê khai, được ký bằng khóa máy trạm tin cậy.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="252"/>
        <source>ALTERED: the file&apos;s content differs from the one the manifest was signed for.</source>
        <translation>ĐÃ BỊ SỬA: nội dung tệp khác với nội dung mà bản kê khai đã ký.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="257"/>
        <source>BAD SIGNATURE: the manifest was changed after signing, or forged.</source>
        <translation>CHỮ KÝ SAI: bản kê khai đã bị sửa sau khi ký, hoặc bị giả mạo.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="261"/>
        <source>UNKNOWN SIGNER: the manifest is signed by a key this terminal does not trust.</source>
        <translation>NGƯỜI KÝ KHÔNG XÁC ĐỊNH: bản kê khai được ký bằng khóa mà máy trạm này không tin cậy.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="265"/>
        <source>REVOKED SIGNER: the manifest is signed by a revoked key.</source>
        <translation>KHÓA ĐÃ THU HỒI: bản kê khai được ký bằng một khóa đã bị thu hồi.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="268"/>
        <source>SIGNER MISMATCH: the signing key belongs to another gate or terminal than the manifest names.</source>
        <translation>NGƯỜI KÝ KHÔNG KHỚP: khóa ký thuộc cửa khẩu hoặc máy trạm khác với bản kê khai ghi.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="273"/>
        <source>The exported file is missing.</source>
        <translation>Không tìm thấy tệp đã xuất.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="274"/>
        <source>There is no manifest beside the file: it cannot be verified.</source>
        <translation>Không có bản kê khai cạnh tệp: không thể kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="277"/>
        <source>The manifest cannot be read.</source>
        <translation>Không đọc được bản kê khai.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="282"/>
        <source>Choose at least one format.</source>
        <translation>Hãy chọn ít nhất một định dạng.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="283"/>
        <source>The period ends before it starts.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="286"/>
        <source>At most {days} days can be exported at once.</source>
        <translation>Mỗi lần chỉ xuất được tối đa {days} ngày.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="289"/>
        <source>No font with Vietnamese letters is installed for the PDF: ask the technician to install fonts-noto-core.</source>
        <translation>Máy chưa có phông chữ tiếng Việt cho tệp PDF: hãy nhờ kỹ thuật viên cài fonts-noto-core.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="294"/>
        <source>The export could not be written; no file was left behind.</source>
        <translation>Không ghi được tệp xuất; không tệp nào bị để lại dở dang.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="302"/>
        <source>Guard</source>
        <translation>Cán bộ kiểm soát</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="303"/>
        <source>Supervisor</source>
        <translation>Giám sát viên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="304"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="307"/>
        <source>The officer ID is 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>Mã cán bộ gồm 2 đến 32 chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="311"/>
        <source>Enter the officer&apos;s full name.</source>
        <translation>Hãy nhập họ và tên cán bộ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="312"/>
        <source>The name is too long.</source>
        <translation>Họ tên quá dài.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="313"/>
        <source>Choose a role.</source>
        <translation>Hãy chọn vai trò.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="314"/>
        <source>The PIN needs at least 6 characters.</source>
        <translation>Mã PIN cần ít nhất 6 ký tự.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="317"/>
        <source>The PIN is too long.</source>
        <translation>Mã PIN quá dài.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="318"/>
        <source>The first officer of a terminal must be an administrator.</source>
        <translation>Cán bộ đầu tiên của máy trạm phải là quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="321"/>
        <source>You cannot disable your own account or change your own role.</source>
        <translation>Bạn không thể vô hiệu hóa tài khoản của chính mình hay đổi vai trò của chính mình.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="325"/>
        <source>There is no such officer.</source>
        <translation>Không có cán bộ này.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="326"/>
        <source>An officer with this ID already exists.</source>
        <translation>Đã có cán bộ mang mã này.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="329"/>
        <source>The two PINs differ.</source>
        <translation>Hai mã PIN không giống nhau.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="334"/>
        <source>You are not allowed to do this (your role lacks “{permission}”). The refusal was written to the audit log.</source>
        <translation>Bạn không có quyền làm việc này (vai trò của bạn thiếu quyền “{permission}”). Việc từ chối đã được ghi vào nhật ký kiểm toán.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="339"/>
        <source>Nobody is signed in, or the account was disabled.</source>
        <translation>Chưa có ai đăng nhập, hoặc tài khoản đã bị vô hiệu hóa.</translation>
    </message>
</context>
<context>
    <name>SupervisionLauncher</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/__init__.py" line="121"/>
        <source>&amp;Supervision</source>
        <translation>Giám &amp;sát</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/__init__.py" line="122"/>
        <source>Supervision &amp;window</source>
        <translation>&amp;Bảng giám sát</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/__init__.py" line="124"/>
        <source>The day&apos;s overview, refused messages, audit log (Ctrl+Shift+S)</source>
        <translation>Tổng quan ngày, bản ghi bị từ chối, nhật ký kiểm toán (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/__init__.py" line="125"/>
        <source>Messages &amp;refused by the portal</source>
        <translation>Bản ghi bị cổng &amp;từ chối</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/__init__.py" line="126"/>
        <source>&amp;Audit log</source>
        <translation>Nhật ký &amp;kiểm toán</translation>
    </message>
</context>
<context>
    <name>SupervisionWindow</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="224"/>
        <source>This crossing cannot be corrected at this counter.</source>
        <translation>Không thể sửa lượt qua này tại quầy này.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="232"/>
        <source>The crossing is in the counter form: correct it and save (Ctrl+S); the correction is sent as an amendment.</source>
        <translation>Lượt qua đã ở trong biểu mẫu tại quầy: sửa rồi lưu (Ctrl+S); bản sửa sẽ được gửi dưới dạng sửa đổi.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="300"/>
        <source>Supervision — {gate}</source>
        <translation>Giám sát — {gate}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="301"/>
        <source>Supervision</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="304"/>
        <source>{gate} · {name} ({id}), {role}</source>
        <translation>{gate} · {name} ({id}), {role}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="310"/>
        <source>Day overview</source>
        <translation>Tổng quan ngày</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="311"/>
        <source>Refused by the portal</source>
        <translation>Bị cổng từ chối</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="312"/>
        <source>Audit log</source>
        <translation>Nhật ký kiểm toán</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="313"/>
        <source>Export the log</source>
        <translation>Xuất nhật ký</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="314"/>
        <source>Officers</source>
        <translation>Cán bộ</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="45"/>
        <source>the portal has not accepted this terminal — tell the administrator</source>
        <translation>máy trạm chưa được cổng chấp nhận — báo quản trị</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="49"/>
        <source>the portal is busy — it will be tried again automatically</source>
        <translation>cổng đang bận — sẽ tự động thử lại</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="53"/>
        <source>the network asks for a sign-in (captive portal)</source>
        <translation>mạng yêu cầu đăng nhập (captive portal)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="58"/>
        <source>slow network or connection lost</source>
        <translation>mạng chậm hoặc mất kết nối</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="61"/>
        <source>cannot reach the portal (network down or portal stopped)</source>
        <translation>không kết nối được với cổng (mất mạng hoặc cổng đang tắt)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="65"/>
        <source>the network connection was interrupted</source>
        <translation>kết nối mạng bị gián đoạn</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="68"/>
        <source>this computer&apos;s clock is wrong — tell the administrator</source>
        <translation>đồng hồ của máy tính bị sai — báo quản trị</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="74"/>
        <source>this version of the app is too old for the portal</source>
        <translation>phiên bản ứng dụng quá cũ, cổng không chấp nhận — cần cập nhật</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="77"/>
        <source>the terminal key has changed — the terminal must be enrolled again</source>
        <translation>khóa của máy trạm đã thay đổi — cần đăng ký lại với cổng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="81"/>
        <source>the portal gave an answer that cannot be read</source>
        <translation>cổng trả lời không đọc được</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="84"/>
        <source>the portal address is wrong — tell the administrator</source>
        <translation>địa chỉ cổng bị sai — báo quản trị</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="87"/>
        <source>the local database cannot be read — tell the administrator</source>
        <translation>không đọc được cơ sở dữ liệu trên máy — báo quản trị</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="91"/>
        <source>unexpected sync error — tell the administrator</source>
        <translation>lỗi đồng bộ ngoài dự kiến — báo quản trị</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="95"/>
        <source>sync error ({code})</source>
        <translation>lỗi đồng bộ ({code})</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="205"/>
        <source>{count} waiting to send</source>
        <translation>chờ gửi {count}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="208"/>
        <source>Not enrolled with the portal</source>
        <translation>Chưa đăng ký với cổng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="210"/>
        <source>Starting sync…</source>
        <translation>Đang khởi động đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="212"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="215"/>
        <source>sent {done} of {total}</source>
        <translation>đã gửi {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="220"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="224"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="227"/>
        <source>Sync stopped</source>
        <translation>Đồng bộ bị dừng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="230"/>
        <source>Connecting to the portal…</source>
        <translation>Đang kết nối với cổng…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/sync_status.py" line="242"/>
        <source>%n record(s) rejected or in conflict — a supervisor must review them</source>
        <translation>
            <numerusform>%n bản ghi bị từ chối hoặc xung đột — cần giám sát viên xem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/sync_status.py" line="251"/>
        <source>%n record(s) rejected by the portal — a supervisor must review them</source>
        <translation>
            <numerusform>%n bản ghi bị cổng từ chối — cần giám sát viên xem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/sync_status.py" line="260"/>
        <source>%n record(s) in conflict with the portal — a supervisor must review them</source>
        <translation>
            <numerusform>%n bản ghi xung đột với cổng — cần giám sát viên xem</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="283"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="285"/>
        <source>Send and fetch now, without waiting (F9)</source>
        <translation>Gửi và nhận dữ liệu ngay, không chờ (F9)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="292"/>
        <source>never synced</source>
        <translation>chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="293"/>
        <source>synced at {time}</source>
        <translation>đồng bộ lúc {time}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="300"/>
        <source>retrying shortly</source>
        <translation>sẽ thử lại ngay</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="301"/>
        <source>will retry at {time}</source>
        <translation>sẽ thử lại lúc {time}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="307"/>
        <source>Portal: {url}</source>
        <translation>Cổng: {url}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="316"/>
        <source>Error detail: {detail}</source>
        <translation>Chi tiết lỗi: {detail}</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="92"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="93"/>
        <source>Direction</source>
        <translation>Hướng</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="94"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="95"/>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="96"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="97"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="98"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="264"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="266"/>
        <source>Amended</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="289"/>
        <source>Cancelled: {reason}</source>
        <translation>Đã hủy: {reason}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="291"/>
        <source>{decision}; replaced by a corrected version</source>
        <translation>{decision}; đã được thay bằng bản sửa</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="295"/>
        <source>Version {version} (a correction)</source>
        <translation>Phiên bản {version} (bản sửa)</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="385"/>
        <source>Showing {shown} of {total}</source>
        <translation>Đang hiển thị {shown}/{total}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="391"/>
        <source>No crossing matches the search.</source>
        <translation>Không có lượt nào khớp với nội dung tìm kiếm.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="393"/>
        <source>No crossing recorded at this gate today.</source>
        <translation>Hôm nay chưa có lượt xuất nhập cảnh nào tại cửa khẩu này.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="432"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="434"/>
        <source>Search name or document number… (Ctrl+F)</source>
        <translation>Tìm theo họ tên hoặc số giấy tờ… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="437"/>
        <source>&amp;Direction:</source>
        <translation>Hướ&amp;ng:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="438"/>
        <source>D&amp;ecision:</source>
        <translation>Q&amp;uyết định:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="439"/>
        <source>&amp;Sync:</source>
        <translation>Đồng &amp;bộ:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="440"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="450"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="436"/>
        <source>Crossings shown / recorded today</source>
        <translation>Số lượt đang hiển thị / đã ghi nhận hôm nay</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <location filename="../../borderdesk/ui/view_menu.py" line="168"/>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/view_menu.py" line="169"/>
        <source>&amp;Smaller text (A−)</source>
        <translation>Chữ &amp;nhỏ hơn (A−)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/view_menu.py" line="171"/>
        <source>&amp;Normal text size (A) — now {scale}%</source>
        <translation>Cỡ chữ &amp;mặc định (A) — hiện tại {scale}%</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/view_menu.py" line="175"/>
        <source>&amp;Larger text (A+)</source>
        <translation>Chữ &amp;lớn hơn (A+)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/view_menu.py" line="176"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Tương phản cao</translation>
    </message>
</context>
<context>
    <name>WatchlistAlert</name>
    <message>
        <location filename="../../borderdesk/ui/alerts.py" line="63"/>
        <source>WATCHLIST HIT — DO NOT CLEAR</source>
        <translation>CÓ TRONG DANH SÁCH CẢNH BÁO — KHÔNG CHO QUA</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/alerts.py" line="66"/>
        <source>The document of {who} is on the watchlist.</source>
        <translation>Giấy tờ của {who} có trong danh sách cảnh báo.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/alerts.py" line="67"/>
        <source>A document of this crossing is on the watchlist.</source>
        <translation>Một giấy tờ của lượt này có trong danh sách cảnh báo.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/alerts.py" line="68"/>
        <source>Refer the traveller to secondary control and call the supervisor. The decision is locked to secondary control.</source>
        <translation>Chuyển người này sang kiểm tra chuyên sâu và báo cán bộ chỉ huy. Quyết định đã được khóa ở &quot;Chuyển kiểm tra chuyên sâu&quot;.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/alerts.py" line="72"/>
        <source>Category: {categories}</source>
        <translation>Diện: {categories}</translation>
    </message>
</context>
<context>
    <name>WedgeSettingsDialog</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="150"/>
        <source>Keyboard scanner</source>
        <translation>Máy quét dạng bàn phím</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="151"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="152"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="155"/>
        <source>The keyboard scanner is always on: keys typed faster than a person types, ended by the chosen key, are taken as a scan wherever the cursor is, and never typed into the field.</source>
        <translation>Máy quét dạng bàn phím luôn bật: chuỗi phím gõ nhanh hơn người gõ, kết thúc bằng phím đã chọn, được nhận là một lần quét dù con trỏ đang ở đâu, và không bao giờ bị gõ vào ô nhập.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="162"/>
        <source>In keyboard mode, letters with diacritics (the names on ID cards) can be garbled by the keyboard layout or by a Vietnamese input method (Unikey, Telex): switch the input method to English, or better, set the scanner up as a serial (COM) port.</source>
        <translation>Ở chế độ bàn phím, chữ có dấu (họ tên trên thẻ căn cước) có thể bị sai do kiểu bàn phím hoặc bộ gõ tiếng Việt (Unikey, Telex): hãy chuyển bộ gõ sang tiếng Anh, hoặc tốt hơn, cài máy quét ở chế độ cổng nối tiếp (COM).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="169"/>
        <source>Longest pause between keys (ms):</source>
        <translation>Khoảng nghỉ tối đa giữa hai phím (ms):</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="170"/>
        <source>Shortest code (characters):</source>
        <translation>Mã ngắn nhất (ký tự):</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="171"/>
        <source>A scan ends with:</source>
        <translation>Lần quét kết thúc bằng:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="172"/>
        <source>Prefix (optional):</source>
        <translation>Tiền tố (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="173"/>
        <source>Suffix (optional):</source>
        <translation>Hậu tố (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="178"/>
        <source>Enter or Tab</source>
        <translation>Enter hoặc Tab</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="179"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="180"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="181"/>
        <source>Nothing (end of the burst or the suffix)</source>
        <translation>Không có (hết chuỗi phím hoặc hậu tố)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="186"/>
        <source>e.g. ]Q1 (the AIM code for QR)</source>
        <translation>VD: ]Q1 (mã AIM của mã QR)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="187"/>
        <source>Test: scan a code now</source>
        <translation>Thử: hãy quét một mã ngay bây giờ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="190"/>
        <source>Recognised as a scan ({count} characters): {text}</source>
        <translation>Đã nhận là một lần quét ({count} ký tự): {text}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="196"/>
        <source>it did not end with the chosen key</source>
        <translation>không kết thúc bằng phím đã chọn</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="197"/>
        <source>it did not start with the prefix</source>
        <translation>không bắt đầu bằng tiền tố</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="198"/>
        <source>it did not end with the suffix</source>
        <translation>không kết thúc bằng hậu tố</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="199"/>
        <source>it was too long</source>
        <translation>quá dài</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="202"/>
        <source>Fast keys seen but not taken as a scan: {reason}.</source>
        <translation>Có chuỗi phím nhanh nhưng không được nhận là lần quét: {reason}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="207"/>
        <source>Nothing scanned yet.</source>
        <translation>Chưa quét gì.</translation>
    </message>
</context>
</TS>
