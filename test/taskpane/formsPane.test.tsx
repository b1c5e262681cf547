import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkReport } from "../../src/core/checks/checkReport";
import { rankVillages } from "../../src/core/ranking/rankVillages";
import { formProgrammes } from "../../src/core/samples";
import { RankingBars } from "../../src/taskpane/components/RankingBars";
import type { Lang } from "../../src/taskpane/shell/lang";
import { checkVillages } from "../../src/core/usecases/checkVillages";
import { stringsFor } from "../../src/taskpane/strings";
import { checkedNotice } from "../../src/taskpane/state/actions/checkSheet";
import CheckResults from "../../src/taskpane/views/CheckResults";
import { keptFromTiers } from "../../src/taskpane/views/RankView";
import { SamplesView } from "../../src/taskpane/views/SamplesView";
import { sheetCellsOf } from "../core/config/sheetCellsOf";
import { renderPane } from "./renderPane";

const [culture, countryside] = formProgrammes();
const table = sheetCellsOf(culture.workbooks[0].sheets[0]);
const form = (name: string) => sheetCellsOf(culture.workbooks.find((w) => w.sheets[0].name === name)!.sheets[0]);

function showCheck(unit: string, lang: Lang = "vi", config: typeof culture.config | null = culture.config) {
  const villages = checkVillages(form(unit), { targets: table, config, year: 2024 });
  renderPane(
    <CheckResults
      strings={stringsFor(lang)}
      checked={{ villages, shown: 0, partOf: null }}
      lang={lang}
      busy={false}
      describe={(f) => f.code}
      onSelectFinding={jest.fn()}
      onShowVillage={jest.fn()}
    />,
  );
  return villages[0];
}

describe("Kiểm tra on a unit's scoring form", () => {
  it("lists the criteria with maximum, own and verified points under their standards, with the standards' subtotals", () => {
    showCheck("Đồng Tâm");
    const form = screen.getByRole("region", { name: "Bảng chấm điểm của Đồng Tâm" });
    expect(within(form).getByText("Tổng điểm 92 / 100 (tự chấm 94)")).toBeInTheDocument();
    expect(within(form).getByText("Xếp loại: Thôn, tổ dân phố văn hóa")).toBeInTheDocument();
    const standardI = form.querySelector('[data-standard="Đời sống kinh tế ổn định và từng bước phát triển"]')!;
    expect([...standardI.querySelectorAll("td")].map((cell) => cell.textContent)).toEqual(["25", "24", "23"]);
    const criterion2 = form.querySelector('[data-criterion="Thu nhập bình quân đầu người cao hơn mức bình quân của xã"]')!;
    expect([...criterion2.querySelectorAll("td")].map((cell) => cell.textContent)).toEqual(["2. Thu nhập bình quân đầu người cao hơn mức bình quân của xã", "7", "7", "6"]);
    // the sub-items of 4 are listed under standard II
    expect(form.querySelector('[data-criterion="Nhà văn hóa đạt chuẩn, có trang thiết bị"]')).toHaveTextContent("4.1. Nhà văn hóa đạt chuẩn");
    expect(within(form).getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual(["Tiêu chí", "Tối đa", "Tự chấm", "Thẩm định"]);
    expect(form.querySelectorAll("[data-below]")).toHaveLength(0);
  });

  it("says which standard is below its minimum and by how much, and that the unit gets no tier", () => {
    showCheck("Hợp Nhất");
    const form = screen.getByRole("region", { name: "Bảng chấm điểm của Hợp Nhất" });
    expect(within(form).getByText("Chưa đạt xếp loại nào")).toBeInTheDocument();
    const below = form.querySelectorAll("[data-below]");
    expect(below).toHaveLength(1);
    expect(below[0].getAttribute("data-below")).toMatch(/^Chấp hành tốt/);
    expect(below[0]).toHaveTextContent("Đạt 46,67%, dưới mức 50% của “Thôn, tổ dân phố văn hóa”: còn thiếu 0,5 điểm");
  });

  it("shows a form not verified yet as such, counted at its own points", () => {
    showCheck("Bắc Sơn");
    const form = screen.getByRole("region", { name: /Bảng chấm điểm của .*Bắc Sơn/ });
    expect(within(form).getByText(/^14 tiêu chí chưa thẩm định: tạm tính theo điểm tự chấm/)).toBeInTheDocument();
    expect(within(form).getByText("Tổng điểm 88 / 100 (tự chấm 88)")).toBeInTheDocument();
    expect(within(form).getAllByText("chưa")).toHaveLength(14);
  });

  it("scores a form without a configuration sheet: no tier then, and no floor", () => {
    const checked = showCheck("Hợp Nhất", "vi", null);
    expect(checked.points?.score).toBe(89);
    expect(screen.queryByText(/Xếp loại|Chưa đạt xếp loại/)).toBeNull();
    expect(document.querySelectorAll("[data-below]")).toHaveLength(0);
  });

  it("speaks English too", () => {
    showCheck("Hợp Nhất", "en");
    const form = screen.getByRole("region", { name: "Scoring form of Hợp Nhất" });
    expect(within(form).getByText("Total 89 / 100 points (own score 91)")).toBeInTheDocument();
    expect(within(form).getByText("No tier reached")).toBeInTheDocument();
    expect(form.querySelector("[data-below]")).toHaveTextContent("46.67%, below the 50% “Thôn, tổ dân phố văn hóa” needs: 0.5 points short");
    expect(within(form).getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual(["Criterion", "Max", "Own", "Verified"]);
  });
});

describe("the words that sum up a scoring form", () => {
  function noticeOf(unit: string, lang: Lang) {
    const villages = checkVillages(form(unit), { targets: table, config: culture.config, year: 2024 });
    const done = { villages, checked: villages[0], many: false, highlighted: 0, notHighlighted: 0, firstNotHighlighted: null, highlightFailure: null, selected: null };
    return checkedNotice(stringsFor(lang), done).text;
  }

  it("says a checked form in points and criteria, not in indicators not met, in both languages", () => {
    expect(noticeOf("Hợp Nhất", "vi")).toMatch(/^Hợp Nhất: 89\/100 điểm; \d+ tiêu chí; 0 lỗi\.$/u);
    expect(noticeOf("Bắc Sơn", "vi")).toMatch(/^Tổ dân phố Bắc Sơn: 88\/100 điểm; 14 tiêu chí, 14 chưa thẩm định; 0 lỗi\.$/u);
    expect(noticeOf("Bắc Sơn", "en")).toMatch(/^Tổ dân phố Bắc Sơn: 88\/100 points; 14 criteria, 14 not verified yet; 0 errors\.$/u);
    expect(noticeOf("Hợp Nhất", "vi")).not.toContain("chỉ tiêu");
  });

  it("gives a ranked form the maximum its points are out of, not the criteria at full points", () => {
    const communeTable = sheetCellsOf(culture.workbooks[0].sheets[0]);
    const ranked = rankVillages(culture.workbooks.slice(1).map((w) => checkReport(sheetCellsOf(w.sheets[0]), { targets: communeTable })), culture.config);
    renderPane(<RankingBars ranking={ranked} strings={stringsFor("vi")} lang="vi" />);
    const first = document.querySelector('[data-village="Đồng Tâm"]')!;
    expect(first).toHaveTextContent("trên 100 điểm tối đa");
    expect(first).not.toHaveTextContent(/đạt \d+\/\d+ chỉ tiêu/u);
  });
});

describe("Xếp hạng on scoring forms", () => {
  function ranking(programme = culture) {
    const communeTable = sheetCellsOf(programme.workbooks[0].sheets[0]);
    const reports = programme.workbooks.slice(1).map((w) => checkReport(sheetCellsOf(w.sheets[0]), { targets: communeTable }));
    return rankVillages(reports, programme.config);
  }

  it("gives each unit its tier and, under a unit kept from one, the standard that kept it", () => {
    const ranked = ranking();
    renderPane(<RankingBars ranking={ranked} strings={stringsFor("vi")} lang="vi" keptBy={keptFromTiers(ranked, "vi")} />);
    const items = within(screen.getByRole("list", { name: "Điểm thi đua của các thôn" })).getAllByRole("listitem");
    expect(items.map((item) => item.getAttribute("data-village"))).toEqual(["Đồng Tâm", "Hợp Nhất", "Bắc Sơn", "Tân Tiến", "Khe Mạ", "Nam Sơn"]);
    expect(items[0]).toHaveTextContent("Xếp loại Thôn, tổ dân phố văn hóa");
    expect(items[1]).toHaveTextContent("Không xếp loại");
    expect(items[1].querySelector("[data-kept-by]")).toHaveTextContent(
      /^Không được xếp loại “Thôn, tổ dân phố văn hóa”: tiêu chuẩn “Chấp hành tốt.*” đạt 46,67%, dưới mức 50% \(thiếu 0,5 điểm\)$/,
    );
    expect(items[5]).toHaveTextContent("Không xếp loại");
    expect(items[5].querySelector("[data-kept-by]")).toBeNull();
  });

  it("names for each nông thôn mới unit the criterion that kept it from Đạt chuẩn, in English too", () => {
    const ranked = ranking(countryside);
    renderPane(<RankingBars ranking={ranked} strings={stringsFor("en")} lang="en" keptBy={keptFromTiers(ranked, "en")} />);
    const phiengLuong = document.querySelector('[data-village="Phiêng Luông"]')!;
    expect(phiengLuong).toHaveTextContent("Tier: Cơ bản đạt");
    expect([...phiengLuong.querySelectorAll("[data-kept-by]")].map((line) => line.textContent)).toEqual([
      "Not “Đạt chuẩn”: the standard “Tiêu chí 3: Thu nhập và hộ nghèo” earned 80%, below 85% (5 points short)",
    ]);
    expect(document.querySelector('[data-village="Co Muông"]')!.querySelectorAll("[data-kept-by]")).toHaveLength(2);
  });
});

describe("Dữ liệu mẫu", () => {
  it("offers the programmes scored on forms and writes the one chosen", async () => {
    const onWrite = jest.fn();
    renderPane(<SamplesView strings={stringsFor("vi")} lang="vi" busy={false} workbookEmpty onWrite={onWrite} />);
    await userEvent.click(screen.getByRole("radio", { name: /^Thôn, tổ dân phố văn hóa/ }));
    await userEvent.click(screen.getByRole("button", { name: "Tạo dữ liệu mẫu" }));
    expect(onWrite).toHaveBeenCalledWith("culture");
    expect(screen.getByRole("radio", { name: /^Thôn nông thôn mới/ })).toBeInTheDocument();
  });
});
