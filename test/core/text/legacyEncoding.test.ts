import * as fs from "fs";
import * as path from "path";
import { decodeLegacyText } from "../../../src/core/text/legacyEncoding";
import { TCVN3_TO_UNICODE } from "../../../src/core/text/legacyTables";
import { toTcvn3, toVni } from "./legacyCodecs";

const seedCells = fs
  .readFileSync(path.join(__dirname, "seedTableRows.tsv"), "utf8")
  .split("\n")
  .flatMap((line) => line.split("\t"))
  .map((cell) => cell.trim())
  .filter((cell) => cell !== "");
const seedNames = fs
  .readFileSync(path.join(__dirname, "seedTableRows.tsv"), "utf8")
  .split("\n")
  .map((line) => line.split("\t")[1]?.trim() ?? "")
  .filter((name) => name !== "" && name !== "Chỉ tiêu");

describe("decodeLegacyText: TCVN3 (.VnTime)", () => {
  it.each<[string, string]>([
    ["Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"],
    ["§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"],
    ["§¹t", "Đạt"],
    ["§¹t chuÈn", "Đạt chuẩn"],
    ["Kh«ng ®¹t", "Không đạt"],
    ["Kh«ng x¶y ra", "Không xảy ra"],
    ["Hoµn thµnh tèt nhiÖm vô", "Hoàn thành tốt nhiệm vụ"],
    ["Tæng s¶n l­îng l­¬ng thùc cã h¹t", "Tổng sản lượng lương thực có hạt"],
    ["TriÖu ®ång", "Triệu đồng"],
    ["tÊn", "tấn"],
    ["Sè hé nghÌo gi¶m trong n¨m", "Số hộ nghèo giảm trong năm"],
    // the capital font (.VnTimeH) uses the lower-case codes: an all-capitals text stays capital
    ["CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["UBND X· KHU¤N LïNG", "UBND XÃ KHUÔN LÙNG"],
    ["¡n", "Ăn"],
    ["§VT", "ĐVT"],
    ["Sè L§", "Số LĐ"],
  ])("%j → %j", (legacy, unicode) => {
    expect(decodeLegacyText(legacy)).toEqual({ text: unicode, encoding: "tcvn3" });
  });

  it("maps every Vietnamese lower-case letter with a diacritic, and the seven bare capitals, exactly once", () => {
    const letters = Object.values(TCVN3_TO_UNICODE);
    const lower = "àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵđ";
    expect(new Set(letters).size).toBe(letters.length);
    expect([...letters].sort()).toEqual([...lower, ..."ĂÂÊÔƠƯĐ"].sort());
  });

  it.each(seedNames)("round-trips the seed's name %j", (name) => {
    const lower = name.toLowerCase();
    expect(decodeLegacyText(toTcvn3(lower))).toEqual({ text: lower, encoding: "tcvn3" });
  });
});

describe("decodeLegacyText: VNI-Windows", () => {
  it.each<[string, string]>([
    ["Vieät Nam", "Việt Nam"],
    ["Ñaït", "Đạt"],
    ["ÑAÏT", "ĐẠT"],
    ["Khoâng ñaït", "Không đạt"],
    ["Khoâng xaûy ra", "Không xảy ra"],
    ["Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"],
    ["Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"],
    ["UÛY BAN NHAÂN DAÂN TÆNH", "ỦY BAN NHÂN DÂN TỈNH"],
    ["Toång saûn löôïng löông thöïc coù haït", "Tổng sản lượng lương thực có hạt"],
    ["Hoaøn thaønh xuaát saéc nhieäm vuï", "Hoàn thành xuất sắc nhiệm vụ"],
    ["Coù", "Có"],
    ["Kyø", "Kỳ"],
    ["ÑVT", "ĐVT"],
    ["Ñieåm tuyeån", "Điểm tuyển"],
  ])("%j → %j", (legacy, unicode) => {
    expect(decodeLegacyText(legacy)).toEqual({ text: unicode, encoding: "vni" });
  });

  it.each(seedNames)("round-trips the seed's name %j", (name) => {
    expect(decodeLegacyText(toVni(name))).toEqual({ text: name.normalize("NFC"), encoding: "vni" });
  });
});

const programme = fs.readFileSync(path.join(__dirname, "seedProgramme.txt"), "utf8");
const programmeLines = programme.split("\n").filter((line) => line.trim() !== "");
const programmeWords = [...new Set(programme.split(/\s+/).filter((word) => word !== ""))];

describe("decodeLegacyText: leaves real text alone", () => {
  it("leaves every line and every word of the seed programme alone", () => {
    const converted = [...programmeLines, ...programmeWords].filter((text) => decodeLegacyText(text) !== null);
    expect(programmeWords.length).toBeGreaterThan(800);
    expect(converted).toEqual([]);
  });

  it.each(seedCells)("seed cell %j", (cell) => {
    expect(decodeLegacyText(cell)).toBeNull();
    expect(decodeLegacyText(cell.normalize("NFD"))).toBeNull();
  });

  it.each([
    "Có", "Khá", "Tốt", "Đạt", "hoà", "Hoá", "khoá", "Thuý", "Tèo", "Lò Văn Sáng", "Nà Lầu", "x", "TRUE", "",
    "café", "naïve", "München", "Señor", "Noël", "Ærø", "5 × 3", "±5", "© 2024", "40 hé", "Chi phí: 5.000.000 đ",
    "Baocaochinhphu.gov.vn", "TCCS Đảng", "“Người tốt, việc tốt”",
    // legacy bytes that spell Unicode words cannot be told apart: "trò" is also VNI for "trị"
    "trò",
  ])("%j", (text) => {
    expect(decodeLegacyText(text)).toBeNull();
  });
});
