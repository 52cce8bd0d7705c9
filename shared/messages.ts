// Every user-facing sentence, in Vietnamese and English, one template per code: code stays English, text lives here.
export type Lang = 'vi' | 'en';

type Templates = Record<string, string>;

const vi: Templates = {
  PLAN_UNREADABLE: 'Không đọc được tệp kế hoạch {file}: {detail}. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi chạy lại.',
  PLAN_NO_INDICATOR_TABLE: 'Không tìm thấy bảng chỉ tiêu (Phụ lục I) trong kế hoạch: cần một dòng tiêu đề có các cột "STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả" và "Cơ quan chủ trì".',
  PLAN_NO_TASK_TABLE: 'Không tìm thấy bảng nhiệm vụ (Phụ lục II) trong kế hoạch: cần một dòng tiêu đề có các cột "STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện".',
  PLAN_DUPLICATE_CODE: '{Kind} {section}.{stt} xuất hiện hai lần trong {table} (dòng {rows}). Cả hai dòng vẫn được giữ; hãy sửa STT trong kế hoạch để mỗi mục có một mã riêng.',
  PLAN_ROW_WITHOUT_SECTION: 'Dòng STT {stt} nằm trước dòng mục La Mã đầu tiên (I, II, …). Hãy thêm dòng mục phía trên.',
  PLAN_UNKNOWN_DEADLINE: 'Không hiểu thời hạn "{text}" của nhiệm vụ {section}.{stt}. Hãy ghi theo dạng "Tháng 10/2025", "Quý I/2026", "30/6/2026", "Năm 2026" hoặc "Thường xuyên".',
  PLAN_NO_LEAD_OFFICE: '{Kind} {section}.{stt} không có cơ quan chủ trì nào được nhận ra (cột "Cơ quan chủ trì": "{text}"), nên không đơn vị nào được giao báo cáo và nhắc việc cho {kind} này. Hãy ghi tên cơ quan chủ trì (đúng như trong trang "Đơn vị" nếu có).',
  PLAN_UNKNOWN_OFFICE: 'Cơ quan "{name}" ở {kind} {section}.{stt} không có trong trang "Đơn vị". Hãy thêm tên này (hoặc ghi vào cột "Tên khác" của đơn vị tương ứng).',
  PLAN_UNKNOWN_TARGET: 'Không đọc được mục tiêu "{text}" của chỉ tiêu {section}.{stt} thành số; chỉ tiêu này sẽ cần đánh giá Đạt/Không đạt.',
  OUTPUT_NAME_TAKEN: 'Trang "{sheet}" trùng tên với một trang kết quả tổng hợp nhưng chứa dữ liệu khác; để không ghi đè, chưa tổng hợp. Hãy đổi tên trang này (ví dụ "{sheet} (KH)") rồi chạy lại.',
  REPORT_UNREADABLE: 'Không đọc được tệp báo cáo {file}: {detail}. Hãy đề nghị đơn vị gửi lại tệp Excel (.xlsx) không đặt mật khẩu.',
  REPORT_NO_TABLE: 'Trang "{sheet}" không có bảng báo cáo nhận dạng được: cần dòng tiêu đề có "STT" và "Kết quả đạt được" (chỉ tiêu) hoặc "Tình trạng" (nhiệm vụ). Hãy dùng biểu mẫu đã gửi.',
  REPORT_UNKNOWN_OFFICE: 'Không xác định được đơn vị báo cáo của {where}: {why} (ví dụ "{example}").',
  REPORT_EMPTY: 'Báo cáo của {office} chưa điền ô nào; đơn vị được tính là chưa báo cáo. Hãy điền "Kết quả đạt được" và "Tình trạng".',
  REPORT_OTHER_PLAN: 'Biểu mẫu này được tạo từ kế hoạch khác ({found}), không phải kế hoạch đang tổng hợp ({expected}). Hãy dùng biểu mẫu mới nhất.',
  REPORT_OTHER_PERIOD: 'Kỳ báo cáo ghi "{found}", khác kỳ đang tổng hợp "{expected}". Hãy kiểm tra lại kỳ báo cáo.',
  REPORT_DUPLICATE_ENTRY: '{Kind} {section}.{stt} được {office} báo cáo hai lần; lấy số liệu ở {first}. Hãy xóa dòng trùng.',
  REPORT_UNKNOWN_ROW: 'Dòng STT {stt} ("{name}") không có trong kế hoạch; số liệu của dòng này không được tổng hợp. Hãy kiểm tra STT và mục La Mã.',
  REPORT_NOT_LEAD: '{office} không chủ trì {kind} {section}.{stt}; số liệu này không được tổng hợp (chỉ cơ quan chủ trì báo cáo).',
  REPORT_PLAN_EDITED: 'Ô {cell} đã bị sửa ("{found}") so với kế hoạch ("{expected}"); giá trị trong kế hoạch được giữ. Không sửa các cột của kế hoạch.',
  REPORT_PLAN_ROW_MISSING: 'Biểu mẫu thiếu {kind} {section}.{stt} của kế hoạch (có thể đã bị xóa dòng); {kind} này được tính là chưa báo cáo.',
  NOT_A_NUMBER: 'Ô {cell} ghi "{text}", không phải là số. Hãy nhập số (ví dụ {example}), hoặc để trống nếu chưa có số liệu.',
  PERCENT_OUT_OF_RANGE: 'Ô {cell} ghi {value}%, ngoài khoảng 0–100. Hãy nhập tỷ lệ từ 0 đến 100 (ví dụ 66,5).',
  PERCENT_FORMAT_OVER_100: 'Ô {cell} có định dạng % nên giá trị là {value}%, vượt 100. Hãy kiểm tra định dạng ô (đổi sang dạng Số) và nhập lại tỷ lệ, ví dụ 66,5.',
  NEGATIVE_NUMBER: 'Ô {cell} ghi số âm ({value}). Hãy nhập số từ 0 trở lên.',
  NOT_WHOLE_NUMBER: 'Ô {cell} ghi {value}, nhưng {unit} phải là số nguyên. Hãy nhập số nguyên, ví dụ 5.',
  NUMERATOR_OVER_DENOMINATOR: 'Tử số ({numerator}) lớn hơn mẫu số ({denominator}) ở ô {cell}. Hãy kiểm tra lại: tử số là số đạt, mẫu số là tổng số.',
  DENOMINATOR_ZERO: 'Mẫu số ở ô {cell} bằng 0. Hãy nhập tổng số (lớn hơn 0) hoặc để trống cả tử số và mẫu số.',
  FRACTION_INCOMPLETE: 'Chỉ có {present} ở ô {cell}, thiếu {missing}. Hãy nhập đủ cả tử số và mẫu số, hoặc để trống cả hai.',
  FRACTION_MISMATCH: 'Tỷ lệ tính từ tử số/mẫu số ({computed}%) khác kết quả ghi ở ô {cell} ({value}%); dùng tỷ lệ tính từ tử số/mẫu số. Hãy sửa cho khớp.',
  NO_DATA: 'Chỉ tiêu {section}.{stt} chưa có số liệu (ô {cell}). Hãy nhập kết quả đạt được; nếu chưa có, ghi rõ lý do ở cột "Ghi chú".',
  INVALID_JUDGEMENT: 'Ô {cell} ghi "{text}". Chỉ tiêu này được đánh giá bằng "Đạt" hoặc "Không đạt": hãy chọn một trong hai.',
  INVALID_STATUS: 'Tình trạng "{text}" ở ô {cell} không hợp lệ. Hãy chọn "Chưa triển khai", "Đang thực hiện" hoặc "Hoàn thành".',
  INVALID_DATE: 'Ngày hoàn thành "{text}" ở ô {cell} không phải ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/05/2026.',
  DATE_IN_FUTURE: 'Ngày hoàn thành {date} ở ô {cell} sau ngày tổng hợp {asOf}. Hãy kiểm tra lại ngày.',
  DATE_WITHOUT_DONE: 'Ô {cell} có ngày hoàn thành nhưng tình trạng không phải "Hoàn thành". Hãy chọn "Hoàn thành" hoặc xóa ngày.',
  NO_STATUS: 'Nhiệm vụ {section}.{stt} chưa chọn tình trạng (ô {cell}). Hãy chọn "Chưa triển khai", "Đang thực hiện" hoặc "Hoàn thành".',
  TARGET_MISSED: 'Chỉ tiêu {section}.{stt} "{name}" không đạt: kết quả {value}, mục tiêu {target}.',
  NEEDS_JUDGEMENT: 'Chỉ tiêu {section}.{stt} được báo cáo nhưng chưa đánh giá. Hãy ghi "Đạt" hoặc "Không đạt" vào ô {cell}.',
  CONFLICT: 'Chỉ tiêu {section}.{stt}: các đơn vị chủ trì báo cáo khác nhau ({values}); lấy số của {office}. Hãy thống nhất số liệu.',
  LEAD_NOT_REPORTED: '{office} chủ trì {kind} {section}.{stt} nhưng chưa báo cáo {kind} này. Hãy đề nghị đơn vị bổ sung.',
  TASK_OVERDUE: 'Nhiệm vụ {section}.{stt} "{name}" quá hạn ({deadline}) và chưa hoàn thành.',
  OFFICE_NOT_REPORTED: '{office} chưa gửi báo cáo kỳ {period}. Hãy đôn đốc đơn vị gửi báo cáo.',
  SUPERSEDED_REPORT: '{office} gửi nhiều báo cáo: dùng nguyên tệp {used} (lưu lúc {usedSaved}); tệp {old} (lưu lúc {oldSaved}) không được dùng. Nếu tệp cũ mới đúng, hãy bỏ tệp {used} khỏi thư mục báo cáo.',
  APPROXIMATE_VALUE: 'Ô {cell} ghi "{text}", là số ước tính; tạm dùng {value}. Hãy nhập số chính thức khi có.',
  RATE_TYPED_AS_FRACTION: 'Ô {cell} ghi {value}, trong khi chỉ tiêu là tỷ lệ (%) với mục tiêu {target}: có thể đơn vị đã nhập dạng thập phân (ví dụ 0,98 thay vì 98). Hãy kiểm tra và nhập tỷ lệ trên thang 0–100.',
  COUNT_IN_PERCENT_CELL: 'Ô {cell} có định dạng % nên số {typed} được đọc là {value}, trong khi chỉ tiêu tính bằng "{unit}". Hãy đổi định dạng ô sang dạng Số và nhập lại.',
  DONE_WITHOUT_DATE: 'Nhiệm vụ {section}.{stt} ghi "Hoàn thành" nhưng chưa có ngày hoàn thành (ô {cell}). Hãy nhập ngày hoàn thành, ví dụ 15/05/2026.',
  PLAN_LEAD_READ_AS: 'Cơ quan chủ trì "{text}" ({kind} {items}) được hiểu là: {offices}. Nếu chưa đúng, hãy sửa kế hoạch hoặc thêm trang "Đơn vị" (Tên đơn vị, Tên khác).',
  PLAN_CODE_AS_NUMBER: 'STT ở ô {cell} là số {value} (Excel đã đổi mã khi dán, ví dụ 11.10 thành 11.1); được đọc là "{stt}". Hãy định dạng cột STT là Văn bản (Text) và gõ lại mã.',
  PLAN_DEADLINE_FROM_FORMAT: 'Thời hạn ở ô {cell} là ngày Excel tự đổi khi dán, hiển thị "{shown}"; được đọc là {due}. Hãy kiểm tra và định dạng ô là Văn bản nếu cần.',
  PLAN_TARGET_FROM_FORMAT: 'Mục tiêu ở ô {cell} lưu là {raw} với định dạng %, được đọc là {target}. Hãy kiểm tra lại mục tiêu.',
  PLAN_IS_REPORT_FORM: 'Tệp đưa vào làm kế hoạch là một biểu mẫu báo cáo của đơn vị (các trang: {sheets}), không phải kế hoạch. Hãy chọn tệp kế hoạch có Phụ lục I (chỉ tiêu) và Phụ lục II (nhiệm vụ); biểu mẫu đã điền thì đưa vào phần báo cáo.',
  PLAN_IS_SUMMARY: 'Tệp đưa vào làm kế hoạch là một bảng tổng hợp do chương trình tạo ra (các trang: {sheets}), không phải kế hoạch. Hãy chọn tệp kế hoạch có Phụ lục I (chỉ tiêu) và Phụ lục II (nhiệm vụ).',
  PLAN_NO_APPENDIX: 'Tệp này không chứa phụ lục nào của kế hoạch; các trang trong tệp: {sheets}. Hãy chọn đúng tệp kế hoạch.',
  PREVIOUS_SAME_PERIOD: 'Kết quả kỳ trước ({file}) cũng là kỳ {period}, không phải một kỳ trước đó. Hãy chọn tệp kết quả JSON của kỳ trước.',
  PREVIOUS_OTHER_PLAN: 'Kết quả kỳ trước ({file}) thuộc kế hoạch khác ({found}), không phải kế hoạch đang tổng hợp ({expected}); chỉ so sánh các mục trùng mục và STT. Hãy kiểm tra lại tệp.',
  REPORT_LATE: 'Báo cáo của {office} lưu ngày {submitted}, sau hạn nộp {due} ({days} ngày).',
  CHANGED_AFTER_APPROVAL: 'Báo cáo của {office} đã thay đổi sau khi được duyệt; cần duyệt lại. Hãy xem lại số liệu và ghi "Đã duyệt" hoặc "Trả lại" ở cột "Duyệt" trang "Tình hình báo cáo".',
  REPORT_RETURNED: 'Báo cáo của {office} bị trả lại: {reason}. Đơn vị cần sửa và gửi lại báo cáo.',
  REVIEW_RESUBMITTED: '{office} đã gửi lại báo cáo sau khi bị trả lại; cần duyệt lại ở cột "Duyệt" trang "Tình hình báo cáo".',
  REVIEW_UNKNOWN_DECISION: 'Ô {cell} trang "{sheet}" ghi "{text}". Cột "Duyệt" chỉ nhận "Đã duyệt" hoặc "Trả lại" (hoặc để trống); hãy sửa lại.',
  REVIEW_UNKNOWN_OFFICE: 'Dòng {row} trang "{sheet}" ghi đơn vị "{name}" không có trong kế hoạch; ý kiến duyệt ở dòng này không được dùng.',
  REVIEW_OTHER_PERIOD: 'Bảng tổng hợp cũ ({file}) là của kỳ {found}, khác kỳ đang tổng hợp {expected}; ý kiến duyệt trong đó không được dùng.',
};

const en: Templates = {
  PLAN_UNREADABLE: 'Cannot read the plan file {file}: {detail}. Open it in Excel, save it as .xlsx and run again.',
  PLAN_NO_INDICATOR_TABLE: 'No indicator table (Appendix I) found in the plan: it needs a header row with "STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả" and "Cơ quan chủ trì".',
  PLAN_NO_TASK_TABLE: 'No task table (Appendix II) found in the plan: it needs a header row with "STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện".',
  PLAN_DUPLICATE_CODE: '{Kind} {section}.{stt} appears twice in the {table} (rows {rows}). Both rows are kept; give each item its own number in the plan.',
  PLAN_ROW_WITHOUT_SECTION: 'Row STT {stt} comes before the first Roman-numeral section row. Add a section row above it.',
  PLAN_UNKNOWN_DEADLINE: 'Cannot understand the deadline "{text}" of task {section}.{stt}. Write it like "Tháng 10/2025", "Quý I/2026", "30/6/2026", "Năm 2026" or "Thường xuyên".',
  PLAN_NO_LEAD_OFFICE: '{Kind} {section}.{stt} has no recognised lead office ("Cơ quan chủ trì": "{text}"), so no office is asked to report it or reminded of it. Write the lead office (as on the "Đơn vị" sheet, if there is one).',
  PLAN_UNKNOWN_OFFICE: 'Office "{name}" in {kind} {section}.{stt} is not on the "Đơn vị" sheet. Add it (or list it under "Tên khác" of the right office).',
  PLAN_UNKNOWN_TARGET: 'Cannot read the target "{text}" of indicator {section}.{stt} as a number; it will need a met / not met judgement.',
  OUTPUT_NAME_TAKEN: 'Sheet "{sheet}" has the name of a summary sheet but holds other data; nothing was consolidated so as not to overwrite it. Rename it (e.g. "{sheet} (KH)") and run again.',
  REPORT_UNREADABLE: 'Cannot read the report file {file}: {detail}. Ask the office to send an Excel file (.xlsx) without a password.',
  REPORT_NO_TABLE: 'Sheet "{sheet}" holds no recognisable report table: it needs a header row with "STT" and "Kết quả đạt được" (indicators) or "Tình trạng" (tasks). Use the form that was sent.',
  REPORT_UNKNOWN_OFFICE: 'Cannot tell which office sent {where}: {why} (e.g. "{example}").',
  REPORT_EMPTY: 'The report of {office} has no filled cell; the office counts as not reported. Fill in "Kết quả đạt được" and "Tình trạng".',
  REPORT_OTHER_PLAN: 'This form was made from another plan ({found}), not the plan being consolidated ({expected}). Use the latest form.',
  REPORT_OTHER_PERIOD: 'The report period says "{found}", not the period being consolidated "{expected}". Check the period.',
  REPORT_DUPLICATE_ENTRY: '{Kind} {section}.{stt} is reported twice by {office}; the value at {first} is used. Delete the duplicate row.',
  REPORT_UNKNOWN_ROW: 'Row STT {stt} ("{name}") is not in the plan; its figures are not consolidated. Check the STT and the section.',
  REPORT_NOT_LEAD: '{office} does not lead {kind} {section}.{stt}; this figure is not consolidated (only lead offices report).',
  REPORT_PLAN_EDITED: 'Cell {cell} was changed ("{found}") from the plan ("{expected}"); the plan\'s value stands. Do not edit the plan columns.',
  REPORT_PLAN_ROW_MISSING: 'The form lacks plan {kind} {section}.{stt} (a row may have been deleted); it counts as not reported.',
  NOT_A_NUMBER: 'Cell {cell} holds "{text}", which is not a number. Enter a number (e.g. {example}), or leave it blank if there is no data yet.',
  PERCENT_OUT_OF_RANGE: 'Cell {cell} holds {value}%, outside 0–100. Enter a rate from 0 to 100 (e.g. 66.5).',
  PERCENT_FORMAT_OVER_100: 'Cell {cell} has a % format, so its value is {value}%, above 100. Check the cell format (set it to Number) and enter the rate again, e.g. 66.5.',
  NEGATIVE_NUMBER: 'Cell {cell} holds a negative number ({value}). Enter 0 or more.',
  NOT_WHOLE_NUMBER: 'Cell {cell} holds {value}, but {unit} must be a whole number. Enter a whole number, e.g. 5.',
  NUMERATOR_OVER_DENOMINATOR: 'The numerator ({numerator}) is larger than the denominator ({denominator}) at {cell}. The numerator counts those achieved, the denominator the total.',
  DENOMINATOR_ZERO: 'The denominator at {cell} is 0. Enter the total (above 0) or leave both numerator and denominator blank.',
  FRACTION_INCOMPLETE: 'Only the {present} is given at {cell}; the {missing} is missing. Enter both or neither.',
  FRACTION_MISMATCH: 'The rate from numerator/denominator ({computed}%) differs from the value at {cell} ({value}%); the computed rate is used. Make them agree.',
  NO_DATA: 'Indicator {section}.{stt} has no data (cell {cell}). Enter the achieved value; if there is none yet, say why under "Ghi chú".',
  INVALID_JUDGEMENT: 'Cell {cell} holds "{text}". This indicator is judged "Đạt" (met) or "Không đạt" (not met): choose one.',
  INVALID_STATUS: 'Status "{text}" at {cell} is not valid. Choose "Chưa triển khai", "Đang thực hiện" or "Hoàn thành".',
  INVALID_DATE: 'Completion date "{text}" at {cell} is not a valid date. Enter day/month/year, e.g. 15/05/2026.',
  DATE_IN_FUTURE: 'Completion date {date} at {cell} is after the as-of date {asOf}. Check the date.',
  DATE_WITHOUT_DONE: 'Cell {cell} has a completion date but the status is not "Hoàn thành". Choose "Hoàn thành" or clear the date.',
  NO_STATUS: 'Task {section}.{stt} has no status (cell {cell}). Choose "Chưa triển khai", "Đang thực hiện" or "Hoàn thành".',
  TARGET_MISSED: 'Indicator {section}.{stt} "{name}" missed its target: value {value}, target {target}.',
  NEEDS_JUDGEMENT: 'Indicator {section}.{stt} was reported but not judged. Write "Đạt" or "Không đạt" in {cell}.',
  CONFLICT: 'Indicator {section}.{stt}: lead offices report different values ({values}); the value of {office} stands. Agree on one figure.',
  LEAD_NOT_REPORTED: '{office} leads {kind} {section}.{stt} but has not reported it. Ask the office to add it.',
  TASK_OVERDUE: 'Task {section}.{stt} "{name}" is overdue ({deadline}) and not done.',
  OFFICE_NOT_REPORTED: '{office} has not sent its report for {period}. Remind the office.',
  SUPERSEDED_REPORT: '{office} sent several reports: the whole file {used} (saved {usedSaved}) is used; {old} (saved {oldSaved}) is not. If the older file is the right one, remove {used} from the reports folder.',
  APPROXIMATE_VALUE: 'Cell {cell} holds "{text}", an estimate; {value} is used for now. Enter the official figure when there is one.',
  RATE_TYPED_AS_FRACTION: 'Cell {cell} holds {value} while the indicator is a rate (%) with target {target}: the office may have typed a fraction (0.98 for 98). Check and enter the rate on the 0–100 scale.',
  COUNT_IN_PERCENT_CELL: 'Cell {cell} has a % format, so {typed} reads as {value}, while the indicator counts "{unit}". Set the cell format to Number and enter it again.',
  DONE_WITHOUT_DATE: 'Task {section}.{stt} is "Hoàn thành" (done) but has no completion date (cell {cell}). Enter the date, e.g. 15/05/2026.',
  PLAN_LEAD_READ_AS: 'Lead office "{text}" ({kind} {items}) is read as: {offices}. If that is wrong, correct the plan or add an "Đơn vị" sheet (Tên đơn vị, Tên khác).',
  PLAN_CODE_AS_NUMBER: 'STT at {cell} is the number {value} (Excel converted the code when it was pasted, e.g. 11.10 to 11.1); read as "{stt}". Format the STT column as Text and type the code again.',
  PLAN_DEADLINE_FROM_FORMAT: 'The deadline at {cell} is a date Excel made when it was pasted, shown as "{shown}"; read as {due}. Check it, and format the cell as Text if needed.',
  PLAN_TARGET_FROM_FORMAT: 'The target at {cell} is stored as {raw} with a % format and read as {target}. Check the target.',
  PLAN_IS_REPORT_FORM: 'The file given as the plan is an office\'s report form (sheets: {sheets}), not a plan. Choose the plan workbook with Appendix I (indicators) and Appendix II (tasks); filled forms go with the reports.',
  PLAN_IS_SUMMARY: 'The file given as the plan is a summary this program wrote (sheets: {sheets}), not a plan. Choose the plan workbook with Appendix I (indicators) and Appendix II (tasks).',
  PLAN_NO_APPENDIX: 'This file holds no appendix of a plan; its sheets are: {sheets}. Choose the plan workbook.',
  PREVIOUS_SAME_PERIOD: 'The earlier result ({file}) is for the same period {period}, not an earlier one. Choose the result JSON of the previous period.',
  PREVIOUS_OTHER_PLAN: 'The earlier result ({file}) belongs to another plan ({found}), not the plan being consolidated ({expected}); only items with the same section and STT are compared. Check the file.',
  REPORT_LATE: 'The report of {office} was saved on {submitted}, after the due date {due} ({days} days late).',
  CHANGED_AFTER_APPROVAL: 'The report of {office} changed after it was approved; it needs review again. Check the figures and write "Đã duyệt" or "Trả lại" in the "Duyệt" column of "Tình hình báo cáo".',
  REPORT_RETURNED: 'The report of {office} was returned: {reason}. The office must correct it and send it again.',
  REVIEW_RESUBMITTED: '{office} sent its report again after it was returned; review it again in the "Duyệt" column of "Tình hình báo cáo".',
  REVIEW_UNKNOWN_DECISION: 'Cell {cell} of sheet "{sheet}" holds "{text}". The "Duyệt" column takes only "Đã duyệt" (approved) or "Trả lại" (returned), or blank; correct it.',
  REVIEW_UNKNOWN_OFFICE: 'Row {row} of sheet "{sheet}" names office "{name}", which is not in the plan; the review decision on that row is not used.',
  REVIEW_OTHER_PERIOD: 'The earlier summary ({file}) is for {found}, not the period being consolidated {expected}; its review decisions are not used.',
};

const templates: Record<Lang, Templates> = { vi, en };

/** Why a file could not be read, as said to an officer (the adapter's own detail is for logs). */
const readFailures: Record<Lang, Record<string, string>> = {
  vi: {
    not_found: 'không tìm thấy tệp',
    not_a_workbook: 'tệp không phải bảng tính Excel (.xlsx)',
    encrypted: 'tệp được đặt mật khẩu hoặc là tệp .xls cũ',
    empty: 'tệp không có dữ liệu',
    too_large: 'tệp quá lớn hoặc có quá nhiều ô để là một báo cáo (hãy xóa các trang, dòng, cột thừa rồi lưu lại)',
    permission_denied: 'không có quyền đọc tệp (hãy cấp quyền đọc hoặc chép tệp sang thư mục khác)',
  },
  en: {
    not_found: 'the file was not found',
    not_a_workbook: 'the file is not an Excel workbook (.xlsx)',
    encrypted: 'the file is password-protected or an old .xls file',
    empty: 'the file holds no data',
    too_large: 'the file is too large or holds too many cells to be a report (delete unused sheets, rows and columns, then save it again)',
    permission_denied: 'permission to read the file is denied (grant read access or copy the file to another folder)',
  },
};

export function readFailureText(reason: string, lang: Lang): string {
  return readFailures[lang][reason] ?? reason;
}

/** Parameter values that are words, kept language-neutral in an issue ('@task') and said in each language. */
const glossary: Record<Lang, Record<string, string>> = {
  vi: {
    '@indicator': 'chỉ tiêu', '@task': 'nhiệm vụ', '@indicators': 'bảng chỉ tiêu', '@tasks': 'bảng nhiệm vụ', '@item': 'chỉ tiêu/nhiệm vụ',
    '@office-cell-unknown': 'tên ghi ở ô "Đơn vị báo cáo:" không khớp đơn vị nào của kế hoạch; hãy sửa cho đúng tên đơn vị (hoặc thêm tên đó vào cột "Tên khác" của trang "Đơn vị")',
    '@office-file-ambiguous': 'tên tệp nêu tên nhiều đơn vị; hãy đổi tên tệp chỉ còn tên một đơn vị, hoặc ghi tên đơn vị vào ô bên phải "Đơn vị báo cáo:"',
    '@office-cell-empty': 'ô bên phải "Đơn vị báo cáo:" còn trống; hãy ghi tên đơn vị vào ô đó',
    '@office-cell-ambiguous': 'ô "Đơn vị báo cáo:" ghi tên nhiều đơn vị; mỗi báo cáo chỉ ghi tên một đơn vị (mỗi đơn vị gửi báo cáo riêng)',
    '@office-nothing': 'tệp không có ô "Đơn vị báo cáo:" và tên tệp, tên trang không chứa tên đơn vị nào; hãy đặt tên tệp có tên đơn vị, ví dụ "BC <tên đơn vị>.xlsx"',
  },
  en: {
    '@indicator': 'indicator', '@task': 'task', '@indicators': 'indicator table', '@tasks': 'task table', '@item': 'indicator/task',
    '@office-cell-unknown': 'the name in the "Đơn vị báo cáo:" cell matches no office of the plan; correct it (or add it under "Tên khác" on the "Đơn vị" sheet)',
    '@office-file-ambiguous': 'the file name names several offices; rename the file so it names one, or write the office in the cell right of "Đơn vị báo cáo:"',
    '@office-cell-empty': 'the cell right of "Đơn vị báo cáo:" is empty; write the office name there',
    '@office-cell-ambiguous': 'the "Đơn vị báo cáo:" cell names several offices; a report names one office (each office sends its own)',
    '@office-nothing': 'the file has no "Đơn vị báo cáo:" cell and neither its name nor its sheets name an office; name the file after the office, e.g. "BC <office name>.xlsx"',
  },
};

/**
 * Fills {name} placeholders; {Name} is the same value with a capital, for a sentence's start.
 * Unknown placeholders stay visible so a missing parameter is noticed in review.
 */
export function render(code: string, params: Record<string, string | number>, lang: Lang): string {
  const t = templates[lang][code] ?? templates.vi[code] ?? code;
  return t.replace(/\{(\w+)\}/g, (m, k: string) => {
    const key = k in params ? k : k[0].toLowerCase() + k.slice(1);
    if (!(key in params)) return m;
    const raw = String(params[key]);
    const text = raw.startsWith('@') ? (glossary[lang][raw] ?? raw) : raw;
    return key === k ? text : text.charAt(0).toUpperCase() + text.slice(1);
  });
}

export function messageCodes(lang: Lang): string[] {
  return Object.keys(templates[lang]);
}

/** UI words shared by every host (statuses, column titles, buttons), so Excel, Sheets and files say the same. */
export const words = {
  vi: {
    met: 'Đạt',
    missed: 'Không đạt',
    no_data: 'Chưa có số liệu',
    needs_judgement: 'Cần đánh giá',
    done: 'Hoàn thành',
    in_progress: 'Đang thực hiện',
    not_started: 'Chưa triển khai',
    no_report: 'Chưa báo cáo',
    overdue: 'Quá hạn',
    late: 'Hoàn thành muộn',
    recurring: 'Thường xuyên/định kỳ',
    error: 'Lỗi',
    warning: 'Cảnh báo',
    info: 'Thông tin',
    reported: 'Đã báo cáo',
    notReported: 'Chưa báo cáo',
    validateButton: 'Kiểm tra và tổng hợp',
    formsButton: 'Tạo biểu mẫu',
    reportButton: 'Tạo báo cáo (.docx)',
  },
  en: {
    met: 'Met',
    missed: 'Missed',
    no_data: 'No data',
    needs_judgement: 'Needs judgement',
    done: 'Done',
    in_progress: 'In progress',
    not_started: 'Not started',
    no_report: 'Not reported',
    overdue: 'Overdue',
    late: 'Done late',
    recurring: 'Ongoing/recurring',
    error: 'Error',
    warning: 'Warning',
    info: 'Info',
    reported: 'Reported',
    notReported: 'Not reported',
    validateButton: 'Validate and consolidate',
    formsButton: 'Create forms',
    reportButton: 'Create report (.docx)',
  },
} as const;
export type WordKey = keyof (typeof words)['vi'];

/** Shortens text for a message at a word boundary, with an ellipsis, so no name ends mid-word. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/u, '')}…`;
}
