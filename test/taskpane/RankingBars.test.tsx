import { screen, within } from "@testing-library/react";
import { RankingBars } from "../../src/taskpane/components/RankingBars";
import { stringsFor } from "../../src/taskpane/strings";
import { RANKING } from "./data";
import { renderPane } from "./renderPane";

function rows() {
  return within(screen.getByRole("list", { name: "Điểm thi đua của các thôn" })).getAllByRole("listitem");
}

describe("RankingBars", () => {
  it("lists the villages in ranking order with rank, score in Vietnamese format and prize beside", () => {
    renderPane(<RankingBars ranking={RANKING} strings={stringsFor("vi")} lang="vi" />);
    const [first, second, third] = rows();
    expect(first).toHaveTextContent("Hạng 1Thôn Nà LầuGiải Nhất · 5.000.000 đ");
    expect(first).toHaveTextContent("104,50 điểm");
    expect(second).toHaveTextContent("Hạng 1Thôn Khuôn Lùng");
    expect(third).toHaveTextContent("Hạng 3Thôn Nà SảoGiải Ba · 1.000.000 đ");
    expect(third).toHaveTextContent("91,25 điểm");
  });

  it("draws each bar in proportion to the score, against the highest possible score", () => {
    const { container } = renderPane(<RankingBars ranking={RANKING} strings={stringsFor("vi")} lang="vi" />);
    const widths = Array.from(container.querySelectorAll<HTMLElement>('[aria-hidden="true"] > div')).map((d) => d.style.width);
    expect(widths.map((w) => Number.parseFloat(w).toFixed(2))).toEqual(["87.08", "87.08", "76.04", "73.33"]);
  });

  it("explains ties and villages not eligible for a prize", () => {
    renderPane(<RankingBars ranking={RANKING} strings={stringsFor("vi")} lang="vi" />);
    const [first, , third, fourth] = rows();
    expect(first).toHaveTextContent("đồng hạng — Hội đồng xem xét");
    expect(third).not.toHaveTextContent("đồng hạng");
    expect(fourth).toHaveTextContent(
      "Không xét giải: chưa đạt chỉ tiêu điểm liệt Phấn đấu xã đạt tiêu chuẩn an toàn về an ninh, trật tự",
    );
    expect(fourth).not.toHaveTextContent("Giải");
  });

  it("writes numbers the English way in English", () => {
    renderPane(<RankingBars ranking={RANKING} strings={stringsFor("en")} lang="en" />);
    const [first] = within(screen.getByRole("list", { name: "Villages' emulation scores" })).getAllByRole("listitem");
    expect(first).toHaveTextContent("Rank 1Thôn Nà LầuGiải Nhất · 5,000,000 đ");
    expect(first).toHaveTextContent("104.50 points");
    expect(first).toHaveTextContent("tied — for the council to decide");
  });

  it("says so when there is no village", () => {
    renderPane(<RankingBars ranking={{ ...RANKING, villages: [] }} strings={stringsFor("vi")} lang="vi" />);
    expect(screen.getByText("Chưa có thôn nào để xếp hạng.")).toBeInTheDocument();
  });
});
