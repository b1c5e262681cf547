import type { Decoration } from "../state/excelPort";
import type { FormTally } from "../../core/scoring/formTally";
import { sheetList } from "./sheetList";

const DECORATION_VI: Record<Decoration, string> = {
  layout: "định dạng (gộp ô, kẻ khung)",
  print: "thiết lập in",
  chart: "biểu đồ",
  guards: "kiểm tra dữ liệu nhập và khóa trang",
};

function joinVi(parts: string[]): string {
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} và ${parts[parts.length - 1]}` : parts.join("");
}

/** A count as Vietnamese writes it: 17.012. */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Points as Vietnamese writes them: 27,5. */
function points(n: number): string {
  return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(n);
}

/** Every word the pane shows, in Vietnamese (the pane's first language). */
export const vi = {
  appName: "Thi đua",
  tabs: {
    check: "Kiểm tra",
    rank: "Xếp hạng",
    templates: "Mẫu báo cáo",
    more: "Khác",
    config: "Cấu hình",
    import: "Nhập báo cáo thôn",
    samples: "Dữ liệu mẫu",
  },
  tabsLabel: "Các việc cần làm",
  moreLabel: "Các việc khác",
  busy: "Đang xử lý…",
  dismiss: "Đóng thông báo",
  whatToDo: "Cách xử lý:",
  noOffice:
    "Không kết nối được với Excel. Hãy mở Thi đua từ trong Excel (thẻ Trang đầu › Thi đua); nếu đã mở, hãy kiểm tra kết nối mạng rồi mở lại.",
  sheets: {
    reading: "Đang đọc danh sách trang tính…",
    refresh: "Đọc lại các trang tính",
    none: "Sổ làm việc chưa có trang tính nào có bảng chỉ tiêu. Hãy nhập báo cáo thôn hoặc tạo dữ liệu mẫu.",
    problemsTitle: (n: number) => `Có ${n} trang tính cần xem lại; các trang khác vẫn dùng được:`,
    noTable: (sheet: string, address: string | null) =>
      `${sheet}: không thấy bảng chỉ tiêu trong 40 dòng đầu${address ? ` (trang có dữ liệu đến ${address})` : ""} nên không đọc hết trang — nếu đây là báo cáo, đưa dòng tiêu đề TT | Chỉ tiêu | ĐVT lên đầu trang`,
    unreadable: (sheet: string, why: string) => `${sheet}: không đọc được. ${why}`,
    mark: { unreadable: "không đọc được", outside: "có dữ liệu ngoài bảng", "no-table": "không thấy bảng" },
    cancel: "Hủy",
    cancelled: "Đã hủy. Không có gì trong sổ làm việc bị thay đổi dở dang.",
  },
  check: {
    intro: "Chọn trang báo cáo của thôn và trang chỉ tiêu của xã, rồi bấm Kiểm tra.",
    targetSheet: "Trang chỉ tiêu",
    noTargetSheet: "(Không dùng — lấy mục tiêu ghi trong báo cáo)",
    reportSheet: "Trang báo cáo",
    run: "Kiểm tra",
    running: "Đang kiểm tra báo cáo…",
    clear: "Xóa đánh dấu",
    clearing: "Đang xóa đánh dấu…",
    cancelled: "Đã hủy kiểm tra; không ô nào còn bị tô màu bởi lần kiểm tra này.",
    cleared: (sheets: string[]) => `Đã xóa đánh dấu trên trang ${sheetList(sheets)}, màu ô đã trở lại như cũ.`,
    resultTitle: (village: string) => `Kết quả kiểm tra: ${village}`,
    highlighted: (n: number, sheet: string) => `Đã tô màu ${n} ô trên trang “${sheet}”.`,
    partlyHighlighted: (painted: number, left: number, first: string | null, sheet: string) =>
      `Đã tô màu ${count(painted)} ô trên trang “${sheet}” (lỗi và chỉ tiêu chưa đạt, từ trên xuống); ${count(left)} ô còn lại${first ? `, bắt đầu từ ô ${first},` : ""} không được tô: màu cũ của mỗi ô tô màu được lưu trong sổ làm việc để trả lại khi xóa đánh dấu, và mỗi trang chỉ lưu được chừng ấy ô. Mọi phát hiện vẫn có đủ trong danh sách dưới đây; xóa đánh dấu trả lại đúng màu cũ cho các ô đã tô.`,
    partlyHighlightedTodo: "Sửa các ô đã tô rồi kiểm tra lại để tô các ô tiếp theo, hoặc chia báo cáo thành các trang nhỏ hơn.",
    findingsStillListed: "Mọi phát hiện vẫn có đủ trong danh sách dưới đây.",
    nothingHighlighted: (sheet: string) => `Đã kiểm tra trang “${sheet}”: không có ô nào thiếu, lỗi hay chưa đạt cần tô màu.`,
    seeFindings: (sheet: string) => `Đã kiểm tra trang “${sheet}”: có lỗi không gắn với ô nào — xem danh sách dưới đây.`,
    nothingToClear: "Không còn trang nào có đánh dấu để xóa.",
    clearedBefore: (sheets: string[]) => `Đánh dấu trên trang ${sheetList(sheets)} đã được xóa trước khi gặp lỗi.`,
    noFindings: (village: string) => `Không có lỗi hay cảnh báo nào cho ${village}.`,
    outcome: (village: string, shortfall: number, errors: number) => `${village}: ${count(shortfall)} chỉ tiêu chưa đạt, ${count(errors)} lỗi`,
    /** A unit's scoring form, said in points (docs/pane.md#scoring-forms). */
    formOutcome: (village: string, t: FormTally, errors: number) =>
      `${village}: ${points(t.earned)}/${points(t.max)} điểm; ${count(t.criteria)} tiêu chí${t.unverified > 0 ? `, ${count(t.unverified)} chưa thẩm định` : ""}${t.unscored > 0 ? `, ${count(t.unscored)} chưa chấm` : ""}; ${count(errors)} lỗi`,
    outcomeMany: (n: number) => `Đã kiểm tra ${count(n)} thôn; kết quả từng thôn ở dưới.`,
    highlightedCount: (n: number) => `Đã tô màu ${count(n)} ô.`,
    runAll: "Kiểm tra tất cả",
    runningAll: "Đang kiểm tra báo cáo của mọi thôn…",
    village: "Thôn",
    allVillages: "Tất cả các thôn trong trang",
    columnsRead: (village: string, sheet: string) => `Chỉ đọc cột của ${village} trên trang “${sheet}”; chọn “Tất cả các thôn trong trang” để kiểm tra cả trang.`,
    villagesTitle: (n: number) => `Kết quả từng thôn (${count(n)} thôn)`,
    villagesLabel: "Kết quả từng thôn — bấm vào một thôn để xem chi tiết",
    villageLine: (village: string, shortfall: number, errors: number, warnings: number) =>
      `${village}: ${count(shortfall)} chưa đạt, ${count(errors)} lỗi, ${count(warnings)} cảnh báo`,
    otherSheets: "Trang khác",
    pointsTitle: (total: string, self: string | null) => `Tổng điểm ${total}${self === null ? "" : ` (thôn tự chấm ${self})`}`,
    pointsLine: (earned: string, max: string, self: string | null) => `${earned}/${max} điểm${self === null ? "" : ` · tự chấm ${self}`}`,
  },
  summary: {
    label: "Tóm tắt kết quả kiểm tra",
    indicators: "Chỉ tiêu",
    met: "Đạt",
    exceeded: "Vượt",
    shortfall: "Chưa đạt",
    errors: "Lỗi",
    warnings: "Cảnh báo",
  },
  severity: {
    error: "Lỗi",
    warning: "Cảnh báo",
    shortfall: "Chưa đạt mục tiêu",
    info: "Thông tin",
  },
  findings: {
    label: "Các phát hiện, theo mức độ",
    goTo: (sheet: string, cell: string) => `Chọn ô ${cell} trên trang ${sheet}`,
    wholeSheet: "cả trang",
    showMore: (next: number, left: number) => `Hiện thêm ${count(next)} phát hiện (còn ${count(left)})`,
  },
  rank: {
    edited: (sheet: string) => `Trang “${sheet}” đã được sửa tay sau khi Thi đua ghi (hoặc ghi từ lần mở trước). Ghi đè sẽ mất các chỗ đã sửa; hoặc ghi bảng xếp hạng mới vào một trang mới.`,
    overwrite: "Ghi đè",
    newSheet: "Tạo trang mới",
    intro: "Chọn các trang báo cáo thôn hoặc trang tổng hợp, rồi bấm Xếp hạng.",
    sheetsLabel: "Trang dùng để xếp hạng",
    reportLayout: "báo cáo thôn",
    consolidatedLayout: "bảng tổng hợp",
    targetSheet: "Trang chỉ tiêu (nếu có)",
    run: "Xếp hạng",
    running: "Đang chấm điểm và ghi trang xếp hạng…",
    pickSome: "Hãy chọn ít nhất một trang báo cáo thôn hoặc trang tổng hợp.",
    written: (sheet: string) => `Đã ghi trang “${sheet}” và mở trang đó.`,
    resultsWritten: (sheet: string) => `Kết quả toàn xã theo từng thôn ở trang “${sheet}”.`,
    writtenWithout: (sheet: string, missing: readonly Decoration[]) =>
      `Bảng xếp hạng đã ghi đầy đủ vào trang “${sheet}”, nhưng Excel không cho áp dụng ${joinVi(missing.map((d) => DECORATION_VI[d]))}.`,
    printByHand: (sheets: readonly string[]) =>
      `Excel chưa nhận khổ in của ${joinVi(sheets.map((s) => `trang “${s}”`))}: để in vừa một trang ngang, vào Bố trí Trang › Co giãn cho vừa › Chiều rộng: 1 trang (và Bố trí Trang › Ngắt › Chèn ngắt trang ở dòng ký tên nếu khối ký tên bị tách sang trang sau).`,
    resultTitle: (year: number, period: string) => `Xếp hạng thi đua năm ${year} (${period})`,
    barsLabel: "Điểm thi đua của các thôn",
    rankShort: (rank: number) => `Hạng ${rank}`,
    score: (score: string) => `${score} điểm`,
    met: (met: number, scored: number) => `đạt ${met}/${scored} chỉ tiêu`,
    /** A unit ranked on its scoring form: the maximum its points are out of. */
    formMax: (max: number) => `trên ${points(max)} điểm tối đa`,
    tie: "đồng hạng — Hội đồng xem xét",
    ineligible: (names: string) => `Không xét giải: chưa đạt chỉ tiêu điểm liệt ${names}`,
    nothingScored: "Không xét giải: báo cáo không có chỉ tiêu nào tính điểm được (nhầm mẫu hoặc báo cáo của xã khác?)",
    condition: "Giải thưởng được trao nếu xã đạt giải thưởng cấp huyện.",
    tier: (name: string | null) => (name === null ? "Không xếp loại" : `Xếp loại ${name}`),
    ownPoints: (self: string, counted: string) => `thôn tự chấm ${self}, điểm được tính ${counted}`,
    notReported: (villages: string) => `Chưa nộp báo cáo: ${villages}`,
    none: "Chưa có thôn nào để xếp hạng.",
  },
  period: {
    label: "Kỳ đánh giá",
    half: "Sơ kết 6 tháng",
    year: "Tổng kết năm",
    writing: "Đang ghi kỳ đánh giá vào trang cấu hình…",
    kept: (sheet: string, cell: string) => `Kỳ đánh giá lấy từ ô ${cell} của trang “${sheet}”: chọn ở đây sẽ ghi vào ô đó, sửa ô đó thì ngăn này theo.`,
    paneOnly: (sheet: string) => `Chưa có trang “${sheet}”: kỳ chọn ở đây chỉ dùng trong ngăn này; tạo trang cấu hình để lưu kỳ vào sổ.`,
    unreadable: (sheet: string, cell: string) => `Ô ${cell} của trang “${sheet}” không ghi kỳ đánh giá hợp lệ: chọn một kỳ ở đây để ghi lại ô đó.`,
    written: (period: string, sheet: string, cell: string) => `Đã ghi “${period}” vào ô ${cell} của trang “${sheet}”.`,
    noRow: (sheet: string) => `Trang “${sheet}” không có dòng “Kỳ đánh giá”, nên không ghi được kỳ đã chọn.`,
    noRowTodo: "Thêm một dòng ghi “Kỳ đánh giá” ở cột A và kỳ ở cột B (Tổng kết (cả năm) hoặc Sơ kết (6 tháng)), rồi bấm Đọc lại cấu hình.",
    settings: (year: number | null, method: "ratio" | "points" | null) =>
      `Theo trang cấu hình: năm ${year ?? "chưa ghi đúng"}, xếp hạng theo ${method === "points" ? "Thang điểm" : method === "ratio" ? "Tỷ lệ hoàn thành" : "cách chưa ghi đúng"}.`,
  },
  config: {
    intro:
      "Trang “Cấu hình xếp hạng” giữ giải thưởng, mức trần điểm, chỉ tiêu điểm liệt và trọng số. Sửa trực tiếp trong Excel, rồi bấm Đọc lại cấu hình.",
    open: "Tạo hoặc mở trang cấu hình",
    opening: "Đang mở trang cấu hình…",
    reread: "Đọc lại cấu hình",
    created: (sheet: string) => `Đã tạo trang “${sheet}” với giá trị mặc định.`,
    opened: (sheet: string) => `Đã mở trang “${sheet}”. Cấu hình hợp lệ.`,
    errorsTitle: (n: number) => `Cấu hình có ${n} lỗi — sửa các ô dưới đây:`,
    missing: "Chưa có trang cấu hình: khi xếp hạng sẽ dùng giá trị mặc định (giải thưởng theo chương trình thi đua).",
  },
  import: {
    refused: (name: string) => `Tệp "${name}" không nhập được: Excel không mở được tệp này (có thể tệp bị hỏng). Các tệp khác vẫn được nhập; hãy mở tệp này bằng Excel, lưu lại dưới dạng .xlsx rồi nhập lại, hoặc xin lại tệp từ thôn.`,
    intro: "Chọn các tệp Excel (.xlsx, .xls, .ods) các thôn gửi về. Trang báo cáo của mỗi tệp sẽ được chép vào sổ này, đặt tên theo thôn.",
    pick: "Chọn tệp Excel",
    chosen: (n: number) => `Đã chọn ${n} tệp`,
    run: "Nhập vào sổ này",
    running: "Đang nhập báo cáo thôn…",
    done: (n: number) => `Đã nhập ${n} trang:`,
    notXlsx: (names: string) => `Không phải tệp bảng tính (.xlsx, .xlsm, .xls, .ods): ${names}. Hãy lưu lại dưới dạng Sổ làm việc Excel (.xlsx).`,
    csv: (names: string) => `Tệp CSV không giữ dấu thập phân và định dạng số: ${names}. Hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).`,
    protectedFile: (name: string) => `Tệp "${name}" đang được đặt mật khẩu. Hãy mở tệp bằng Excel, bỏ mật khẩu rồi lưu lại.`,
    unreadable: (name: string) => `Tệp "${name}" bị hỏng hoặc không phải bảng tính, không đọc được. Hãy xin lại tệp từ thôn.`,
    unsupportedTitle: "Phiên bản Excel này chưa tự nhập được trang tính.",
    manual: [
      "Mở tệp của thôn trong Excel.",
      "Bấm chuột phải vào tên trang báo cáo ở dưới cùng, chọn “Di chuyển hoặc Sao chép…”.",
      "Ở mục “Vào sổ”, chọn sổ làm việc này; đánh dấu “Tạo một bản sao”, rồi bấm OK.",
      "Đổi tên trang vừa chép thành tên thôn (bấm đúp vào tên trang).",
    ],
  },
  samples: {
    intro:
      "Tạo một bộ dữ liệu mẫu (bảng của xã và báo cáo của các thôn) để thử kiểm tra và xếp hạng.",
    run: "Tạo dữ liệu mẫu",
    running: "Đang ghi dữ liệu mẫu…",
    done: (names: string) => `Đã tạo các trang: ${names}. Chuyển sang “Kiểm tra báo cáo” để thử.`,
    notEmpty: "Sổ làm việc đã có dữ liệu. Dữ liệu mẫu chỉ tạo được trên sổ làm việc trống — hãy mở một sổ mới (Tệp › Mới).",
  },
  failure: {
    title: "Không thực hiện được",
    unexpected: "Đã xảy ra lỗi không mong muốn.",
    unexpectedTodo: "Hãy thử lại. Nếu vẫn lỗi, đóng và mở lại Thi đua; dữ liệu trong sổ không bị thay đổi.",
    notLoaded: "Không tải được một phần của Thi đua: có thể mạng vừa bị ngắt.",
    notLoadedTodo: "Kiểm tra kết nối mạng rồi bấm “Thử lại”; dữ liệu trong sổ không bị thay đổi.",
    retry: "Thử lại",
  },
};

/** The shape every language's strings must have. */
export type Strings = typeof vi;
