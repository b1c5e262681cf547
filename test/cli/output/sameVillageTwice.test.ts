import { sameVillageTwice } from "../../../src/cli/output/sameVillageTwice";

describe("sameVillageTwice", () => {
  it("lists a village read from two sheets, however its name is written, with each sheet and file", () => {
    const reports = [
      { village: "Nà Lầu", sheet: "Nà Lầu" },
      { village: "Pác Nặm", sheet: "Sheet1" },
      { village: "NÀ LẦU", sheet: "Tổng hợp" },
    ];
    expect(sameVillageTwice(reports, ["thon-na-lau.xlsx", "thon-pac-nam.xlsx", "tong-hop.xlsx"])).toEqual([
      { village: "Nà Lầu", places: ['"Nà Lầu" (thon-na-lau.xlsx)', '"Tổng hợp" (tong-hop.xlsx)'] },
    ]);
  });

  it("lists nothing when every village is read once", () => {
    expect(sameVillageTwice([{ village: "Nà Lầu", sheet: "A" }, { village: "Pác Nặm", sheet: "B" }], ["a.xlsx", "b.xlsx"])).toEqual([]);
  });
});
