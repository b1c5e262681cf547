import type { Finding } from "../model/finding";
import { detail, detailText, factText, percentText } from "./factText";
import { fillDetails } from "./fillDetails";

/** What a sheet chosen as a report is instead (`sheet/not-a-report`). */
const NOT_A_REPORT_VI: Record<string, string> = {
  targets: "trang chỉ tiêu của xã",
  config: "trang cấu hình xếp hạng",
  ranking: "trang xếp hạng thi đua do Thi đua ghi",
  results: "trang tổng hợp kết quả do Thi đua ghi",
};

/*
 * The facts each code carries, as the CLI and the task pane show them (`sheet` and `cell` always; `cell`
 * is null when the finding is about a whole sheet or file):
 *
 * sheet/empty, sheet/no-header    details.columns: the columns a table needs ("TT, Chỉ tiêu, ĐVT, …")
 * sheet/missing-column            details.columns: the missing column(s) ("Thực hiện"); cell: the header
 * sheet/two-actual-columns        cell: the header of the actual column read; details.read (its label), details.others
 *                                 (the other columns' labels, "; "), details.otherCells, details.year (or null),
 *                                 details.period ("year" | "half")
 * sheet/stray-values              cell: the first value far outside the table; details.columns, details.rows (the gaps)
 * row/missing-indicator           indicator; cell null; details.targetSheet, details.targetCell (its row there);
 *                                 a warning with details.village when ranking on one basis adds it (docs/scoring.md#scoring-and-ranking)
 * row/unknown-indicator           indicator; cell: its name; details.targetSheet
 * row/duplicate-indicator         indicator; cell: the second name; details.firstCell
 * row/ambiguous-indicator         indicator; cell: its name; details.targetSheet, details.parents: the groups the
 *                                 target sheet holds that name under ("Lúa, Ngô"), details.firstParent
 * target/missing                  indicator; cell: the target cell; actual: the unreadable text, if any;
 *                                 details.relative ("commune") when the target is the commune's own figure
 *                                 ("bằng hoặc cao hơn tỷ lệ chung của xã") and nothing fills it
 * target/suspect-separator        indicator; cell: the target cell; actual: the target as read; expected: the sum
 *                                 it is about 1 000× below; details.source ("children" | "villages")
 * target/shares-mismatch          indicator; cell: the commune's total; expected: that total; actual: the sum of the
 *                                 villages' shares; details.empty (villages given no share yet), details.unit
 * indicator/context               indicator; cell: the actual cell (or null); actual: the value read
 * target/changed                  expected: the authoritative target; actual: the report's; details.targetSheet
 * unit/missing                    indicator; cell: the ĐVT cell
 * unit/mismatch                   expected: the indicator's unit; actual: the unit written (ĐVT or with the number)
 * unit/converted                  expected: the unit converted to; actual: the unit written; details.factor,
 *                                 and for a value details.from (as written) and details.to (converted)
 * value/missing                   indicator; cell: the actual cell
 * value/invalid                   actual: the text as written; details.kind (number, pass, none, rating)
 * value/excel-error               actual: the error ("#DIV/0!")
 * value/negative                  actual
 * value/percent-over-100          actual
 * value/percent-as-fraction       actual; expected: the target
 * value/suspect-separator         actual; expected: the target
 * value/decimal-point           actual: the number as read
 * value/rate-mismatch             cell: the Tỷ lệ cell; actual: the rate written; expected: actual / target × 100
 * text/legacy-encoding            details.encoding ("tcvn3" | "vni"), details.cells (how many); cell: the first
 * target/shortfall                expected: target; actual; details.ratio (completion, null when none),
 *                                 details.direction ("higher" | "lower"), details.unit (as written, or null)
 * report/nothing-scored           cell null; details.targetSheet (null without targets), details.village
 * rank/different-indicators       cell null; sheet: the first report lacking one; details.villages: the villages
 *                                 whose reports lack an indicator another holds ("A, B"); indicator: one of them
 * value/uncalculated              cell: the formula cell; actual: the formula
 * config/duplicate-key            details.field: the key written twice; details.line: the line of the second
 * file/unreadable                 sheet: the file name; details.reason (missing, directory, config-directory,
 *                                 not-xlsx, csv, corrupt, protected, empty, permission, link-loop, not-a-folder,
 *                                 name-too-long, busy, not-regular, too-large, io, unzipped-too-large, ods,
 *                                 xlsb, zip, hidden); details.size, details.limit (bytes), details.part,
 *                                 details.code, details.sheets where the reason names them
 * config/invalid                  details.field, details.problem; actual: the raw value; expected: allowed text;
 *                                 details.foundText when the raw value was text; for bad-json details.line and
 *                                 details.column, or details.encoding "utf-16"
 * config/unknown-key              details.field
 * config/rule-matches-nothing     details.field, details.rule
 * points/self-differs             indicator; cell: the Điểm tự chấm cell; expected: the points that count; actual: the
 *                                 village's own; details.verified (true when the commune's verified points count)
 * points/missing                  indicator; cell: its actual (or name) cell
 * points/self-total               cell: the total row's Điểm tự chấm; expected: the sum of the rows; actual: as written
 * points/max-differs              indicator; cell: the report's Điểm chuẩn cell (or null); expected: the maximum scored
 *                                 (the one most reports write, the lowest of those on a tie); actual: the report's own
 *                                 (null when blank); details.village, details.reports (how many reports write expected)
 * points/commune-column           cell: the column's first filled cell; details.column (bonus, deduction,
 *                                 verifiedPoints), details.cells (how many are filled), details.village
 * village/missing-report          sheet: the configuration; details.village (the roster's name)
 * village/not-in-roster           sheet: the report; details.village; details.closest (a similar roster name, or absent)
 * village/adjustment-without-report  sheet: the configuration; cell: its row; details.village, details.points
 * village/duplicate-report        sheet, file, cell: one report of the village (its header cell for a consolidated
 *                                 column); details.village, details.otherSheet, details.otherFile (or null),
 *                                 details.otherCell (or null), details.more (further reports beyond these two)
 * village/report-left-out         sheet, file, cell: the report left out (its header cell for a consolidated column);
 *                                 details.village, details.keptSheet, details.keptCell, details.keptFile (or null), details.reason
 *                                 ("own-report": a consolidated column beside the village's own report;
 *                                 "same-figures": the same figures as the report ranked)
 */

/**
 * The Vietnamese sentence for a finding: what is wrong, where, and what to do.
 *
 * @example
 * vi({ code: "value/missing", severity: "error", sheet: "Nà Lầu", cell: "E7", indicator: "Thu nhập bình quân đầu người" })
 * // 'Trang "Nà Lầu", ô E7: chưa có số liệu thực hiện của chỉ tiêu "Thu nhập bình quân đầu người". Hãy điền kết quả thực hiện.'
 */
export function vi(f: Finding): string {
  const at = place(f);
  const name = `"${f.indicator ?? ""}"`;
  const actual = factText(f.actual, "vi");
  const expected = factText(f.expected, "vi");
  switch (f.code) {
    case "sheet/empty":
      return `${at}: không có bảng chỉ tiêu nào. Hãy chọn đúng trang tính; bảng cần có các cột: ${detailText(f, "columns", "vi")}.`;
    case "sheet/not-a-report":
      return `${at}: đây là ${NOT_A_REPORT_VI[String(f.details?.kind)] ?? "trang của xã"}, không phải báo cáo của thôn, nên không kiểm tra và không tô màu trang này. Hãy chọn trang báo cáo của một thôn (hoặc trang tổng hợp các thôn).`;
    case "sheet/no-header":
      return `${at}: không tìm thấy dòng tiêu đề của bảng chỉ tiêu. Bảng cần có dòng tiêu đề với các cột: ${detailText(f, "columns", "vi")}.`;
    case "sheet/missing-column":
      return `${at}: bảng thiếu cột "${detailText(f, "columns", "vi")}". Hãy thêm cột này vào dòng tiêu đề của bảng.`;
    case "sheet/two-actual-columns":
      return `${at}: bảng có hơn một cột thực hiện của ${detail(f, "period") === "half" ? "6 tháng" : "cả năm"}${typeof detail(f, "year") === "number" ? ` ${String(detail(f, "year"))}` : ""}: đã đọc cột "${detailText(f, "read", "vi")}", không đọc cột "${detailText(f, "others", "vi")}" (ô ${detailText(f, "otherCells", "vi")}). Nếu cần đọc cột khác, hãy xóa hoặc đổi tên cột không dùng, hoặc chọn đúng năm và kỳ đánh giá trong cấu hình.`;
    case "sheet/stray-values":
      return `${at}: giá trị này nằm xa ngoài bảng (cách bên phải bảng hơn ${detailText(f, "columns", "vi")} cột trống hoặc cách bên dưới bảng hơn ${detailText(f, "rows", "vi")} dòng trống), nên không được đọc là một phần của bảng. Nếu giá trị thuộc bảng, hãy chuyển vào các dòng của bảng; nếu không cần, hãy xóa đi.`;
    case "row/missing-indicator":
      return `${at}: thiếu chỉ tiêu ${name} (có trong bảng chỉ tiêu giao "${detailText(f, "targetSheet", "vi")}", ô ${detailText(f, "targetCell", "vi")}). Hãy bổ sung dòng này và điền kết quả thực hiện.`;
    case "row/unknown-indicator":
      return `${at}: chỉ tiêu ${name} không có trong bảng chỉ tiêu giao "${detailText(f, "targetSheet", "vi")}" nên không được tính điểm. Nếu đây là một chỉ tiêu được giao, hãy sửa tên cho giống bảng chỉ tiêu giao.`;
    case "row/duplicate-indicator":
      return `${at}: chỉ tiêu ${name} bị lặp lại trong cùng một mục (đã có ở ô ${detailText(f, "firstCell", "vi")}), dòng này không được tính. Nếu đây là chỉ tiêu của một mục khác, hãy ghi tên mục đó (ví dụ "b) Ngô") ở dòng phía trên; nếu là dòng nhập trùng, hãy bỏ dòng trùng.`;
    case "row/ambiguous-indicator":
      return `${at}: chỉ tiêu ${name} có ở nhiều mục của bảng chỉ tiêu giao "${detailText(f, "targetSheet", "vi")}" (${detailText(f, "parents", "vi")}) nên chưa biết thuộc mục nào và chưa được tính. Hãy ghi tên mục (ví dụ "${detailText(f, "firstParent", "vi")}") ở dòng phía trên các chỉ tiêu của mục đó, như bảng chỉ tiêu giao.`;
    case "target/missing":
      if (detail(f, "relative") === "commune") {
        return `${at}: mục tiêu của chỉ tiêu ${name} so với tỷ lệ (mức) chung của xã, nhưng chưa có con số của xã. Hãy ghi Mục tiêu cho chỉ tiêu này ở bảng Quy tắc chấm điểm của trang "Cấu hình xếp hạng" (khóa "target" trong tệp cấu hình), hoặc điền kết quả thực hiện của xã vào cột Thực hiện của bảng chỉ tiêu giao.`;
      }
      return actual === ""
        ? `${at}: chỉ tiêu ${name} chưa có mục tiêu. Hãy điền mục tiêu.`
        : `${at}: mục tiêu "${actual}" của chỉ tiêu ${name} không đọc được. Hãy ghi mục tiêu là một số hoặc Đạt, Không xảy ra, Tốt…`;
    case "target/changed":
      if (detail(f, "column") === "maxPoints") {
        return `${at}: điểm chuẩn của tiêu chí ${name} ghi là ${actual}, khác với ${expected} điểm trong bảng điểm của xã (trang "${detailText(f, "targetSheet", "vi")}"). Điểm chuẩn của xã sẽ được dùng; hãy sửa lại cho đúng.`;
      }
      return `${at}: mục tiêu của chỉ tiêu ${name} ghi là ${actual}, khác với mục tiêu được giao là ${expected} (trang "${detailText(f, "targetSheet", "vi")}"). Mục tiêu được giao sẽ được dùng; hãy sửa lại cho đúng.`;
    case "unit/missing":
      return `${at}: chỉ tiêu ${name} chưa có đơn vị tính. Hãy điền đơn vị tính (ĐVT).`;
    case "unit/mismatch":
      return `${at}: đơn vị "${actual}" khác với đơn vị "${expected}" của chỉ tiêu ${name} và không quy đổi được. Hãy ghi số liệu theo đơn vị ${expected}.`;
    case "unit/converted":
      return detail(f, "to") === undefined
        ? `${at}: chỉ tiêu ${name} ghi theo đơn vị "${actual}", đã được quy đổi sang "${expected}".`
        : `${at}: số liệu ${detailText(f, "from", "vi")} ${actual} của chỉ tiêu ${name} đã được quy đổi thành ${detailText(f, "to", "vi")} ${expected}.`;
    case "value/missing":
      return `${at}: chưa có số liệu thực hiện của chỉ tiêu ${name}. Hãy điền kết quả thực hiện.`;
    case "value/invalid":
      return `${at}: "${actual}" không phải là ${KIND_VI[String(detail(f, "kind"))] ?? "giá trị hợp lệ"} cho chỉ tiêu ${name}. Hãy sửa lại.`;
    case "value/excel-error":
      return `${at}: ô có lỗi ${actual} của Excel nên không có số liệu của chỉ tiêu ${name}. Hãy sửa công thức hoặc nhập số liệu.`;
    case "value/negative":
      return `${at}: số liệu của chỉ tiêu ${name} là số âm (${actual}). Hãy kiểm tra lại.`;
    case "value/percent-over-100":
      return `${at}: tỷ lệ của chỉ tiêu ${name} là ${actual}%, lớn hơn 100%. Hãy kiểm tra lại số liệu.`;
    case "value/percent-as-fraction":
      return `${at}: tỷ lệ của chỉ tiêu ${name} ghi là ${actual}, trong khi mục tiêu là ${expected}%. Nếu ý là ${factText(typeof f.actual === "number" ? f.actual * 100 : null, "vi")}%, hãy ghi ${factText(typeof f.actual === "number" ? f.actual * 100 : null, "vi")}.`;
    case "value/suspect-separator":
      return `${at}: số liệu ${actual} của chỉ tiêu ${name} chênh khoảng 1.000 lần so với mục tiêu ${expected}. Có thể dấu chấm hàng nghìn đã bị đọc thành dấu thập phân; hãy kiểm tra lại.`;
    case "value/decimal-point":
      return `${at}: số liệu của chỉ tiêu ${name} dùng dấu chấm làm dấu thập phân, đã đọc là ${actual}. Theo cách viết của Việt Nam hãy ghi dấu phẩy (${actual}).`;
    case "value/rate-mismatch":
      return `${at}: tỷ lệ ghi trong báo cáo của chỉ tiêu ${name} là ${actual}%, nhưng thực hiện so với mục tiêu là ${expected}%. Hãy sửa lại cột Tỷ lệ.`;
    case "text/legacy-encoding":
      return `${at}: chữ gõ theo bảng mã cũ ${encodingName(f)} (${detailText(f, "cells", "vi")} ô) đã được chuyển sang Unicode. Hãy kiểm tra lại nếu thấy sai chữ.`;
    case "target/shortfall":
      return shortfall(f, at, name, actual, expected);
    case "target/suspect-separator":
      return `${at}: mục tiêu ${actual} của chỉ tiêu ${name} nhỏ hơn khoảng 1.000 lần so với tổng ${detail(f, "source") === "villages" ? "mục tiêu giao các thôn" : "các chỉ tiêu thành phần"} (${expected}). Có thể dấu chấm hàng nghìn đã bị gõ thành dấu phẩy (3,098 thay cho 3.098). Mục tiêu vẫn được đọc đúng như đã ghi; hãy kiểm tra và sửa lại ô này.`;
    case "target/shares-mismatch":
      return `${at}: các thôn được giao tổng cộng ${actual}${unitText(f)} cho chỉ tiêu ${name}, khác với mục tiêu của xã là ${expected}${unitText(f)}${Number(detail(f, "empty")) > 0 ? ` (${detailText(f, "empty", "vi")} thôn chưa được giao)` : ""}. Hãy sửa các ô KH của các thôn trên dòng này cho cộng lại đúng bằng mục tiêu của xã.`;
    case "indicator/context":
      return `${at}: chỉ tiêu ${name} là cơ cấu (tỷ trọng) của một tổng thể, không có chiều cao hơn hay thấp hơn là tốt: số liệu được đọc và hiển thị nhưng không tính điểm. Nếu cần chấm điểm, hãy ghi Chiều cho chỉ tiêu này ở bảng Quy tắc chấm điểm của trang "Cấu hình xếp hạng".`;
    case "report/nothing-scored":
      return detail(f, "targetSheet") == null
        ? `${at}: báo cáo${villageOf(f)} không có chỉ tiêu nào tính điểm được (không chỉ tiêu nào có mục tiêu). Thôn này xếp cuối và không được xét giải; hãy kiểm tra lại mẫu báo cáo.`
        : `${at}: không dòng nào của báo cáo${villageOf(f)} khớp với chỉ tiêu trong bảng chỉ tiêu giao "${detailText(f, "targetSheet", "vi")}" nên không tính điểm được (có thể nhầm mẫu báo cáo hoặc báo cáo của xã khác). Thôn này xếp cuối và không được xét giải; hãy kiểm tra lại tệp.`;
    case "rank/different-indicators":
      return `${at}: các báo cáo không có cùng các chỉ tiêu (ví dụ ${f.indicator ? `"${f.indicator}"` : "một chỉ tiêu"} có ở báo cáo này mà không có ở báo cáo khác): ${detailText(f, "villages", "vi")}. Mỗi thôn được chấm trên các chỉ tiêu của mình nên điểm có thể không so sánh được; hãy chọn bảng chỉ tiêu giao của xã (dòng lệnh: --targets) để chấm trên cùng một cơ sở.`;
    case "value/uncalculated":
      return `${at}: ô có công thức${actual === "" ? "" : ` ${actual}`} nhưng chưa có kết quả tính (tệp được tạo bằng phần mềm và chưa từng mở bằng Excel), nên chưa có số liệu của chỉ tiêu ${name}. Hãy mở tệp bằng Excel, lưu lại rồi chạy lại.`;
    case "config/duplicate-key":
      return `${at}: mục "${detailText(f, "field", "vi")}" được ghi hai lần (lần sau ở dòng ${detailText(f, "line", "vi")}); giá trị ghi sau được dùng. Hãy xóa một trong hai.`;
    case "file/unreadable":
      return `Tệp "${f.sheet}" ${fillDetails(FILE_VI[String(detail(f, "reason"))] ?? "không đọc được", f, "vi")}.`;
    case "config/invalid":
      if (detail(f, "encoding") === "utf-16") {
        return `${at}: tệp được lưu theo bảng mã UTF-16 (Unicode) nên không đọc được. Hãy mở tệp và lưu lại theo bảng mã UTF-8 (trong Notepad: Lưu thành…, Mã hóa: UTF-8).`;
      }
      if (detail(f, "problem") === "bad-json" && detail(f, "line") !== undefined) {
        return `${at}: tệp không đúng định dạng JSON, lỗi ở dòng ${detailText(f, "line", "vi")}, cột ${detailText(f, "column", "vi")}. Hãy sửa lại cấu hình (thường là thiếu hoặc thừa dấu phẩy, dấu ngoặc kép).`;
      }
      return `${at}: mục "${(detail(f, "label") === undefined ? detailText(f, "field", "vi") : detailText(f, "label", "vi"))}" ${problem(f)}${actual === "" ? "" : ` (đang ghi: ${foundText(f, actual)})`}. Hãy sửa lại cấu hình.`;
    case "config/unknown-key":
      return `${at}: không có mục cấu hình nào tên "${detailText(f, "field", "vi")}". Hãy xóa hoặc sửa lại tên mục.`;
    case "config/rule-matches-nothing":
      return `${at}: quy tắc "${detailText(f, "rule", "vi")}" (${detailText(f, "field", "vi")}) không khớp với tên chỉ tiêu nào. Hãy sửa lại cho giống một phần tên chỉ tiêu.`;
    case "points/self-differs":
      return `${at}: thôn tự chấm ${actual} điểm cho chỉ tiêu ${name}, khác với ${detail(f, "verified") === true ? "điểm thẩm định" : "điểm tính theo kết quả"} là ${expected} điểm. Điểm được tính là ${expected}; hãy đối chiếu lại.`;
    case "points/missing":
      return `${at}: chỉ tiêu ${name} chưa có điểm chuẩn nên không được chấm điểm. Hãy ghi điểm chuẩn vào cột Điểm chuẩn của bảng chỉ tiêu hoặc vào cấu hình.`;
    case "points/self-total":
      return `${at}: tổng điểm tự chấm ghi là ${actual}, nhưng cộng các dòng được ${expected}. Hãy kiểm tra lại phép cộng.`;
    case "points/max-differs":
      return `${at}: báo cáo của thôn "${detailText(f, "village", "vi")}" ${f.actual === null || f.actual === undefined ? `để trống điểm chuẩn của chỉ tiêu ${name}` : `ghi điểm chuẩn của chỉ tiêu ${name} là ${actual}`}, khác với các báo cáo khác. Các thôn xếp hạng cùng nhau được chấm trên một điểm chuẩn: ${expected} điểm (điểm chuẩn nhiều báo cáo ghi nhất, ${detailText(f, "reports", "vi")} báo cáo; nếu bằng nhau thì lấy số thấp hơn). Hãy ghi điểm chuẩn vào bảng chỉ tiêu của xã hoặc vào cấu hình.`;
    case "points/commune-column":
      return `${at}: báo cáo của thôn "${detailText(f, "village", "vi")}" có cột ${COMMUNE_COLUMN_VI[String(detail(f, "column"))] ?? "điểm"} là cột do xã ghi, mẫu báo cáo của thôn không có cột này: ${detailText(f, "cells", "vi")} ô đã ghi không được tính. Nếu chính xã đã ghi các ô này, hãy chọn Có ở dòng "Xã đã ghi điểm thưởng, trừ, thẩm định trong báo cáo thôn" của trang Cấu hình xếp hạng (tệp cấu hình: "communeFilled": true).`;
    case "points/parent-total":
      return `${at}: ${name} ghi ${FORM_COLUMN_VI[String(detail(f, "column"))] ?? "điểm"} là ${actual}, nhưng cộng ${detailText(f, "rows", "vi")} dòng bên dưới được ${expected}. Chỉ các dòng bên dưới được tính; hãy kiểm tra lại phép cộng.`;
    case "points/unverified":
      return `${at}: ${name} đang tính theo điểm tự chấm ${actual} vì chưa có điểm thẩm định. Hãy ghi điểm thẩm định khi đã thẩm định tiêu chí này.`;
    case "points/over-maximum":
      return `${at}: ${name} được ghi ${actual} điểm, cao hơn điểm chuẩn ${expected}; chỉ tính ${expected} điểm. Hãy ghi không quá điểm chuẩn.`;
    case "points/below-floor":
      return `${at}: tiêu chuẩn "${detailText(f, "group", "vi")}" đạt ${percentText(detail(f, "share"), "vi")} của ${detailText(f, "max", "vi")} điểm tối đa, dưới mức ${percentText(detail(f, "floor"), "vi")} mà mỗi tiêu chuẩn phải đạt để xếp loại "${detailText(f, "tier", "vi")}", nên đơn vị không được xếp loại này. Tiêu chuẩn này còn thiếu ${detailText(f, "needed", "vi")} điểm.`;
    case "village/missing-report":
      return `${at}: thôn "${detailText(f, "village", "vi")}" có trong danh sách thôn nhưng chưa nộp báo cáo: không được xếp hạng. Hãy nhắc thôn nộp báo cáo.`;
    case "village/not-in-roster":
      return detail(f, "closest") === undefined
        ? `${at}: thôn "${detailText(f, "village", "vi")}" không có trong danh sách thôn của cấu hình. Thôn vẫn được xếp hạng; Hội đồng xem xét.`
        : `${at}: thôn "${detailText(f, "village", "vi")}" không có trong danh sách thôn của cấu hình (có phải là "${detailText(f, "closest", "vi")}"?). Thôn vẫn được xếp hạng; hãy sửa lại tên cho đúng.`;
    case "village/adjustment-without-report":
      return `${at}: điểm điều chỉnh ${detailText(f, "points", "vi")} cho thôn "${detailText(f, "village", "vi")}" không được tính vì thôn này không có báo cáo. Hãy kiểm tra lại tên thôn.`;
    case "village/duplicate-report": {
      const more = typeof detail(f, "more") === "number" && Number(detail(f, "more")) > 0 ? ` và ${detailText(f, "more", "vi")} báo cáo khác nữa` : "";
      return `${at}: thôn "${detailText(f, "village", "vi")}" có nhiều báo cáo với số liệu khác nhau: báo cáo này, ${otherPlace(f, "other")}${more}. Thôn chưa được xếp hạng và không được đề nghị giải. Hãy bỏ báo cáo thừa hoặc sửa lại tên thôn cho đúng, rồi xếp hạng lại.`;
    }
    case "village/report-left-out":
      return detail(f, "reason") === "own-report"
        ? `${at}: cột của thôn "${detailText(f, "village", "vi")}" trong bảng tổng hợp không được tính vì thôn đã có báo cáo riêng (${otherPlace(f, "kept")}); thôn được xếp hạng theo báo cáo riêng.`
        : `${at}: báo cáo của thôn "${detailText(f, "village", "vi")}" có cùng số liệu với ${otherPlace(f, "kept")} nên chỉ được tính một lần.`;
    default:
      return unreachable(f.code);
  }
}

// Another report named in a finding: "trang "Nà Lầu (2)", ô E4 (tệp b.xlsx)".
function otherPlace(f: Finding, prefix: "other" | "kept"): string {
  const cell = detailText(f, `${prefix}Cell`, "vi");
  const file = detailText(f, `${prefix}File`, "vi");
  return `trang "${detailText(f, `${prefix}Sheet`, "vi")}"${cell === "" ? "" : `, ô ${cell}`}${file === "" ? "" : ` (tệp ${file})`}`;
}

function villageOf(f: Finding): string {
  const village = detail(f, "village");
  return typeof village === "string" && village !== "" ? ` của ${village}` : "";
}

/** What was found, as text in quotes when it is text: "2024" typed in quotes is not the number 2024. */
function foundText(f: Finding, actual: string): string {
  return detail(f, "foundText") === true ? `"${actual}"` : actual;
}

function unreachable(code: never): string {
  return String(code);
}

// Findings located on the configuration (its roster, its adjustments) rather than on a sheet of figures.
const ON_CONFIG = new Set<string>(["village/missing-report", "village/adjustment-without-report"]);

function place(f: Finding): string {
  const sheet = f.code.startsWith("config/") || ON_CONFIG.has(f.code) ? `Cấu hình "${f.sheet}"` : `Trang "${f.sheet}"`;
  return f.cell ? `${sheet}, ô ${f.cell}` : sheet;
}

function shortfall(f: Finding, at: string, name: string, bareActual: string, bareExpected: string): string {
  const unit = withUnit(f);
  const actual = unit(bareActual);
  const expected = unit(bareExpected);
  if (typeof f.expected !== "number") return `${at}: chỉ tiêu ${name} chưa đạt: kết quả là "${actual}", mục tiêu là "${expected}".`;
  if (detail(f, "direction") === "lower") return `${at}: chỉ tiêu ${name} chưa đạt: thực hiện ${actual}, cao hơn mức ${expected} cần giảm xuống.`;
  return `${at}: chỉ tiêu ${name} chưa đạt: thực hiện ${actual} so với mục tiêu ${expected} (đạt ${percentText(detail(f, "ratio"), "vi")}).`;
}

function encodingName(f: Finding): string {
  return detail(f, "encoding") === "vni" ? "VNI" : "TCVN3 (.VnTime)";
}

/** Appends the indicator's unit to a figure: "236 Tấn", "98,5%". */
function withUnit(f: Finding): (figure: string) => string {
  const unit = detail(f, "unit");
  if (typeof f.expected !== "number" || typeof unit !== "string" || unit === "") return (figure) => figure;
  return (figure) => (unit === "%" ? `${figure}%` : `${figure} ${unit}`);
}

const COMMUNE_COLUMN_VI: Record<string, string> = { bonus: "Điểm thưởng", deduction: "Điểm trừ", verifiedPoints: "Điểm thẩm định" };

const KIND_VI: Record<string, string> = {
  number: "một số (ví dụ 1.417 hoặc 97,5)",
  pass: "kết quả Đạt hoặc Không đạt",
  none: "kết quả Không xảy ra hoặc Xảy ra",
  rating: "một xếp loại (Xuất sắc, Tốt, Khá, Trung bình, Yếu, Kém)",
  points: "một số điểm (ví dụ 2,5 hoặc - 0,25)",
  "points-range": "một số điểm từ -1.000.000 đến 1.000.000",
};

const FILE_VI: Record<string, string> = {
  missing: "không tồn tại. Hãy kiểm tra lại tên và thư mục của tệp",
  directory: "là một thư mục, không phải tệp Excel. Hãy chọn các tệp .xlsx trong thư mục",
  "config-directory": "là một thư mục, không phải tệp cấu hình. Hãy chọn tệp .json, ví dụ cau-hinh-xep-hang-2024.json",
  "not-xlsx": "không phải tệp bảng tính (.xlsx, .xlsm, .xls, .ods), dù tên tệp nói vậy. Hãy mở bằng Excel và lưu lại dạng .xlsx",
  csv: "là tệp CSV (văn bản), không giữ dấu thập phân, định dạng số và phông chữ của bảng. Hãy mở bằng Excel và lưu lại dạng .xlsx",
  corrupt: "bị hỏng, không đọc được. Hãy xin lại tệp từ thôn",
  protected: "đang được đặt mật khẩu. Hãy mở tệp bằng Excel, bỏ mật khẩu rồi lưu lại",
  empty: "không có trang tính nào có dữ liệu",
  permission: "không mở được vì không có quyền đọc tệp. Hãy xin quyền đọc, hoặc chép tệp vào thư mục của mình rồi thử lại",
  "link-loop": "là một liên kết vòng (liên kết trỏ về chính nó), không dẫn tới tệp nào. Hãy chọn tệp thật",
  "not-a-folder": "không tồn tại: một phần của đường dẫn là tệp chứ không phải thư mục. Hãy kiểm tra lại đường dẫn",
  "name-too-long": "có tên hoặc đường dẫn quá dài. Hãy đổi tên ngắn hơn hoặc chép tệp vào thư mục gần gốc ổ đĩa",
  busy: "đang bị chương trình khác giữ. Hãy đóng chương trình đó rồi thử lại",
  "not-regular": "không phải là một tệp thông thường (là thiết bị, đường ống hoặc liên kết tới thiết bị). Hãy chọn một tệp thật",
  "too-large": "quá lớn ({size}), vượt giới hạn {limit} mà chương trình đọc. Hãy kiểm tra xem có chọn nhầm tệp không",
  io: "không đọc được do lỗi của hệ thống ({code}). Hãy chép tệp sang chỗ khác rồi thử lại",
  "unzipped-too-large": "khi giải nén, phần {part} lớn tới {size}, vượt giới hạn {limit}: tệp bị hỏng hoặc bị cố ý làm phình to. Hãy xin lại tệp từ thôn, hoặc mở bằng Excel và lưu lại",
  "ods-repeat": 'lặp lại ô {at} của trang "{sheetName}" trên {rows} dòng và {columns} cột, nhiều ô có giá trị hơn mức chương trình đọc được từ một tệp ({most} ô). Hãy mở tệp bằng LibreOffice hoặc Excel, xóa các ô lặp thừa ngoài bảng, lưu lại rồi thử lại',
  ods: "là bảng tính OpenDocument (.ods) nhưng không đọc được (tệp hỏng hoặc không đầy đủ). Hãy mở bằng LibreOffice hoặc Excel và lưu lại dạng .xlsx",
  xlsb: "là sổ làm việc nhị phân của Excel (.xlsb) nhưng không đọc được (tệp hỏng hoặc không đầy đủ). Hãy mở bằng Excel và lưu lại dạng .xlsx",
  zip: "là một tệp nén .zip, không phải sổ làm việc Excel. Hãy giải nén rồi chọn tệp .xlsx bên trong",
  hidden: "chỉ có bảng chỉ tiêu trong trang tính bị ẩn {sheets}. Hãy bỏ ẩn trang tính đó (bấm chuột phải vào tên trang tính, chọn Bỏ ẩn), lưu lại rồi thử lại",
};

function problem(f: Finding): string {
  const expected = factText(f.expected, "vi");
  switch (String(detail(f, "problem"))) {
    case "negative":
      return "không được là số âm";
    case "below-one":
      return "phải từ 1 trở lên";
    case "not-number":
      return "phải là một số";
    case "not-integer":
      return "phải là số nguyên";
    case "required":
      return "bắt buộc phải có";
    case "not-text":
      return "phải là chữ";
    case "not-yes-no":
      return "phải là Có hoặc Không";
    case "not-allowed-value":
      return expected === "" ? "có giá trị không được phép" : `chỉ được là: ${expected}`;
    case "bad-json":
      return "không đúng định dạng JSON";
    case "too-many":
      return "có quá nhiều mục";
    case "band-two-bounds":
      return "chỉ được ghi một cận cho mỗi đầu của bậc (từ hoặc trên; dưới hoặc đến)";
    case "band-empty":
      return "có cận dưới lớn hơn cận trên, không tỷ lệ nào rơi vào bậc này";
    case "band-order":
      return `phải xếp sau bậc ${detailText(f, "other", "vi")}: các bậc xếp từ tỷ lệ thấp đến cao`;
    case "band-overlap":
      return `chồng lên bậc ${detailText(f, "other", "vi")}: một tỷ lệ chỉ được rơi vào một bậc`;
    case "tier-order":
      return `có điểm tối thiểu cao hơn xếp loại ${detailText(f, "other", "vi")} ở trên: các xếp loại xếp từ cao xuống thấp`;
    case "duplicate-village":
      return `trùng với thôn ${detailText(f, "other", "vi")} đã có trong danh sách`;
    case "points-need-max":
      return "là thang điểm nhưng không chỉ tiêu nào có điểm chuẩn: hãy thêm cột Điểm chuẩn vào bảng chỉ tiêu hoặc ghi điểm chuẩn trong quy tắc";
    case "ratio-needs-target":
      return `là tỷ lệ hoàn thành nhưng trang "${detailText(f, "form", "vi")}" là bảng chấm điểm (chỉ có điểm chuẩn, không có mục tiêu để tính tỷ lệ) nên không xếp hạng: hãy chọn thang điểm (points) hoặc bỏ trống mục này`;
    case "too-big":
      return `không được lớn hơn ${expected}`;
    case "too-long":
      return `quá dài (tối đa ${expected} ký tự)`;
    default:
      return "không hợp lệ";
  }
}

// The points columns of a scoring form, as a parent-total names them.
const FORM_COLUMN_VI: Record<string, string> = { maxPoints: "điểm chuẩn", selfPoints: "điểm tự chấm", verifiedPoints: "điểm thẩm định" };

// " Tấn" after a figure, where the finding names the unit.
function unitText(f: Finding): string {
  const unit = detail(f, "unit");
  return typeof unit === "string" && unit !== "" ? ` ${unit}` : "";
}
