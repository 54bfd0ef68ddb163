"""Every text the exports print, in Vietnamese: the gate's official log is Vietnamese.

One table, :data:`LABELS`, keyed ``group.code``. Enumeration values use the stored code
as their key (``direction.exit``, ``doc.passport``, ``sync.accepted``); a ``short.``
twin is the narrow form the PDF list uses. The wording follows the counter window's
Vietnamese translation (``resources/translations/borderdesk_vi.ts``) so a guard reads
the same words on screen and on paper.
"""

from __future__ import annotations

from typing import Any

LABELS: dict[str, str] = {
    # -- report frame ------------------------------------------------------------
    "report.title": "NHẬT KÝ XUẤT CẢNH, NHẬP CẢNH",
    "report.gate": "Cửa khẩu {name} ({code})",
    "report.period.day": "Ngày {day}",
    "report.period.range": "Từ ngày {start} đến ngày {end}",
    "report.page": "Trang {page}/{pages}",
    "report.generated": "Lập lúc {time} · máy trạm {terminal} · cán bộ {officer}",
    "report.timezone": "Giờ địa phương ({timezone})",
    "report.summary": "TỔNG HỢP",
    "report.note.counting": (
        "Các bảng tổng hợp và biểu đồ không tính bản ghi đã hủy và bản ghi đã được "
        "thay bằng bản sửa đổi; danh sách liệt kê mọi bản ghi, mỗi người một dòng."
    ),
    "totals.crossings": "Tổng số lượt qua lại",
    "totals.persons": "Tổng số lượt người",
    "totals.vehicles": "Lượt phương tiện",
    "totals.cancelled": "Bản ghi đã hủy",
    "totals.amended": "Bản ghi đã được sửa đổi",
    "totals.rows": "Số dòng trong danh sách",
    "summary.direction": "Theo hướng",
    "summary.decision": "Theo quyết định (từng người)",
    "summary.document_type": "Theo loại giấy tờ",
    "summary.sync": "Theo trạng thái đồng bộ",
    "summary.nationality": "Theo quốc tịch",
    "summary.officer": "Theo cán bộ",
    "summary.crossings": "Số lượt",
    "summary.persons": "Số người",
    "summary.share": "Tỷ lệ",
    "summary.total": "Cộng",
    "chart.title": "Số lượt qua lại theo giờ",
    "chart.title.range": "Số lượt qua lại theo giờ (cộng dồn các ngày trong kỳ)",
    "chart.hour": "Giờ",
    "list.title": "DANH SÁCH LƯỢT XUẤT CẢNH, NHẬP CẢNH",
    "list.empty": "Không có lượt xuất cảnh, nhập cảnh nào trong kỳ này.",
    "note.cancelled": "Đã hủy: {reason}",
    "note.superseded": "Đã được sửa đổi",
    "note.amendment": "Bản sửa đổi lần {n}",
    "yes": "Có",
    # -- columns of the CSV and XLSX (and the PDF list) ----------------------------
    "col.seq": "STT",
    "col.date": "Ngày",
    "col.time": "Thời điểm (giờ địa phương)",
    "col.direction": "Hướng",
    "col.mode": "Phương tiện",
    "col.gate": "Cửa khẩu",
    "col.terminal": "Máy trạm",
    "col.officer": "Cán bộ",
    "col.decision": "Quyết định (lượt)",
    "col.role": "Vai trò",
    "col.person_decision": "Quyết định (người)",
    "col.name": "Họ tên (theo giấy tờ)",
    "col.name_ascii": "Họ tên không dấu",
    "col.sex": "Giới tính",
    "col.birth_date": "Ngày sinh",
    "col.nationality": "Quốc tịch",
    "col.document_type": "Loại giấy tờ",
    "col.document_number": "Số giấy tờ",
    "col.issuing_state": "Quốc gia cấp",
    "col.expiry_date": "Ngày hết hạn",
    "col.plate": "Biển số phương tiện",
    "col.vehicle_country": "Quốc gia đăng ký phương tiện",
    "col.predeclaration": "Số tờ khai",
    "col.version": "Phiên bản",
    "col.supersedes": "Thay thế bản ghi",
    "col.superseded_by": "Được sửa đổi bởi",
    "col.cancelled": "Đã hủy",
    "col.cancel_reason": "Lý do hủy",
    "col.notes": "Ghi chú",
    "col.sync_state": "Trạng thái đồng bộ",
    "col.crossing_id": "Mã lượt qua lại",
    # the PDF list's narrow headers
    "pdf.time": "Giờ",
    "pdf.time.range": "Ngày giờ",
    "pdf.direction": "Hướng",
    "pdf.mode": "P.tiện",
    "pdf.name": "Họ tên",
    "pdf.sex": "GT",
    "pdf.birth_date": "Ngày sinh",
    "pdf.nationality": "QT",
    "pdf.document_type": "Giấy tờ",
    "pdf.document_number": "Số giấy tờ",
    "pdf.plate": "Biển số",
    "pdf.decision": "Quyết định",
    "pdf.officer": "Cán bộ",
    "pdf.sync_state": "Đồng bộ",
    "pdf.notes": "Ghi chú",
    # -- enumerations ------------------------------------------------------------
    "direction.exit": "Xuất cảnh",
    "direction.entry": "Nhập cảnh",
    "short.direction.exit": "Xuất",
    "short.direction.entry": "Nhập",
    "mode.foot": "Đi bộ",
    "mode.car": "Ô tô con",
    "mode.truck": "Xe tải",
    "mode.bus": "Xe khách",
    "mode.motorbike": "Xe máy",
    "mode.vessel": "Tàu thuyền",
    "decision.cleared": "Cho qua",
    "decision.refused": "Từ chối",
    "decision.secondary": "Chuyển kiểm tra chuyên sâu",
    "short.decision.secondary": "KT chuyên sâu",
    "role.traveller": "Người đi bộ",
    "role.driver": "Người lái xe",
    "role.passenger": "Hành khách",
    "role.crew": "Thuyền viên",
    "sex.M": "Nam",
    "sex.F": "Nữ",
    "sex.X": "Không xác định",
    "short.sex.X": "KXĐ",
    "doc.passport": "Hộ chiếu",
    "doc.cccd": "Căn cước / CCCD",
    "doc.border_pass_vn_cn": "Giấy thông hành VN–Trung Quốc",
    "doc.border_pass_vn_la": "Giấy thông hành VN–Lào",
    "doc.border_pass_vn_kh": "Giấy thông hành VN–Campuchia",
    "doc.seafarer_id": "Giấy tờ thuyền viên",
    "doc.crew_certificate": "Chứng nhận thành viên tổ bay",
    "doc.travel_document": "Giấy tờ đi lại khác",
    "short.doc.cccd": "CCCD",
    "short.doc.border_pass_vn_cn": "GTH VN–TQ",
    "short.doc.border_pass_vn_la": "GTH VN–Lào",
    "short.doc.border_pass_vn_kh": "GTH VN–CPC",
    "short.doc.seafarer_id": "GT thuyền viên",
    "short.doc.crew_certificate": "CN tổ bay",
    "short.doc.travel_document": "Giấy tờ khác",
    "sync.none": "Chưa vào hàng đợi",
    "sync.pending": "Chờ gửi",
    "sync.sent": "Đã gửi, chờ xác nhận",
    "sync.accepted": "Đã đồng bộ",
    "sync.rejected": "Bị từ chối",
    "sync.conflict": "Xung đột",
    "short.sync.none": "Chưa xếp",
    "short.sync.sent": "Chờ xác nhận",
    "short.sync.accepted": "Đã đồng bộ",
}


def text(key: str, **params: Any) -> str:
    """The label ``key`` with ``params`` filled in (the key itself if unknown)."""
    found = LABELS.get(key, key)
    return found.format(**params) if params else found


def value(group: str, code: str, *, short: bool = False) -> str:
    """The label of an enumeration value (``value("direction", "exit")``); the short
    form when asked for and there is one; the code itself when there is no label."""
    if short:
        found = LABELS.get(f"short.{group}.{code}")
        if found is not None:
            return found
    return LABELS.get(f"{group}.{code}", code)
