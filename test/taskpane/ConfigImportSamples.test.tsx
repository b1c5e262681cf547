import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { finding } from "../../src/core/model";
import { NoticeBar } from "../../src/taskpane/components/NoticeBar";
import { stringsFor } from "../../src/taskpane/strings";
import { ConfigView, type ConfigViewProps } from "../../src/taskpane/views/ConfigView";
import { ImportView } from "../../src/taskpane/views/ImportView";
import { SamplesView } from "../../src/taskpane/views/SamplesView";
import { describeForTest } from "./data";
import { renderPane } from "./renderPane";
import { expectHeldButFocusable } from "./unavailable";

const vi = stringsFor("vi");

function configProps(overrides: Partial<ConfigViewProps> = {}): ConfigViewProps {
  return {
    strings: vi,
    busy: false,
    status: null,
    period: "year",
    configured: null,
    onPeriod: jest.fn(),
    onOpen: jest.fn(),
    describe: describeForTest,
    onSelectFinding: jest.fn(),
    ...overrides,
  };
}

describe("ConfigView", () => {
  it("switches the review period between sơ kết and tổng kết", async () => {
    const p = configProps();
    renderPane(<ConfigView {...p} />);
    expect(screen.getByRole("radio", { name: "Tổng kết năm" })).toBeChecked();
    await userEvent.click(screen.getByRole("radio", { name: "Sơ kết 6 tháng" }));
    expect(p.onPeriod).toHaveBeenCalledWith("half");
  });

  it("creates or opens the configuration sheet with one button", async () => {
    const p = configProps();
    const { rerender } = renderPane(<ConfigView {...p} />);
    await userEvent.click(screen.getByRole("button", { name: "Tạo hoặc mở trang cấu hình" }));
    expect(p.onOpen).toHaveBeenCalledTimes(1);
    rerender(<ConfigView {...p} status={{ sheet: "Cấu hình xếp hạng", exists: true, findings: [] }} />);
    expect(screen.getByRole("button", { name: "Đọc lại cấu hình" })).toBeEnabled();
  });

  it("shows each configuration error where it is, a click selecting its cell", async () => {
    const bad = finding("config/invalid", { sheet: "Cấu hình xếp hạng", cell: "B4", details: { field: "cap" } });
    const p = configProps({ status: { sheet: "Cấu hình xếp hạng", exists: true, findings: [bad] } });
    renderPane(<ConfigView {...p} />);
    expect(screen.getByRole("heading", { name: "Cấu hình có 1 lỗi — sửa các ô dưới đây:" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: /B4 config\/invalid/ }));
    expect(p.onSelectFinding).toHaveBeenCalledWith(bad);
  });
});

describe("ImportView", () => {
  it("imports the picked .xlsx files with one button", async () => {
    const onImport = jest.fn(async () => true);
    renderPane(<ImportView strings={vi} busy={false} supported onImport={onImport} />);
    const button = screen.getByRole("button", { name: "Nhập vào sổ này" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    const files = [new File(["a"], "thon-na-lau.xlsx"), new File(["b"], "thon-khuon-lung.xlsx")];
    await userEvent.upload(screen.getByLabelText("Chọn tệp Excel"), files);
    expect(screen.getByText("Đã chọn 2 tệp")).toBeInTheDocument();
    await userEvent.click(button);
    expect(onImport).toHaveBeenCalledWith(files);
  });

  it("empties the choice once the files are in, so a second press cannot import them twice", async () => {
    const onImport = jest.fn(async () => true);
    renderPane(<ImportView strings={vi} busy={false} supported onImport={onImport} />);
    const input = screen.getByLabelText<HTMLInputElement>("Chọn tệp Excel");
    await userEvent.upload(input, [new File(["a"], "thon-na-lau.xlsx")]);
    const button = screen.getByRole("button", { name: "Nhập vào sổ này" });
    button.focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard("{Enter}");
    expect(onImport).toHaveBeenCalledTimes(1);
    expect(screen.queryByText("Đã chọn 1 tệp")).not.toBeInTheDocument();
    expect(input.value).toBe("");
    expectHeldButFocusable(button);
    expect(button).toHaveFocus();
  });

  it("keeps the choice when the import failed, to try again", async () => {
    const onImport = jest.fn(async () => false);
    renderPane(<ImportView strings={vi} busy={false} supported onImport={onImport} />);
    await userEvent.upload(screen.getByLabelText("Chọn tệp Excel"), [new File(["a"], "thon-na-lau.xlsx")]);
    await userEvent.click(screen.getByRole("button", { name: "Nhập vào sổ này" }));
    expect(screen.getByText("Đã chọn 1 tệp")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Nhập vào sổ này" })).not.toHaveAttribute("aria-disabled", "true");
  });

  it("explains how to copy sheets by hand where Excel cannot insert them", () => {
    renderPane(<ImportView strings={vi} busy={false} supported={false} onImport={jest.fn()} />);
    expect(screen.getByText("Phiên bản Excel này chưa tự nhập được trang tính.")).toBeInTheDocument();
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(vi.import.manual);
    expect(screen.queryByRole("button")).toBeNull();
  });
});

describe("SamplesView", () => {
  it("writes sample data with one click on an empty workbook", async () => {
    const onWrite = jest.fn();
    renderPane(<SamplesView strings={vi} lang="vi" busy={false} workbookEmpty onWrite={onWrite} />);
    await userEvent.click(screen.getByRole("button", { name: "Tạo dữ liệu mẫu" }));
    expect(onWrite).toHaveBeenCalledTimes(1);
  });

  it("refuses on a workbook with data, saying what to do instead", () => {
    renderPane(<SamplesView strings={vi} lang="vi" busy={false} workbookEmpty={false} onWrite={jest.fn()} />);
    expect(screen.getByRole("button", { name: "Tạo dữ liệu mẫu" })).toBeDisabled();
    expect(screen.getByText(/hãy mở một sổ mới/)).toBeInTheDocument();
  });
});

describe("NoticeBar", () => {
  it("says what happened and what to do on a failure, and can be dismissed", async () => {
    const onDismiss = jest.fn();
    renderPane(
      <NoticeBar
        notice={{ intent: "error", text: "Không tìm thấy trang “Nà Lầu”.", todo: "Đọc lại các trang tính rồi chọn lại." }}
        strings={vi}
        onDismiss={onDismiss}
      />,
    );
    expect(screen.getByText("Không thực hiện được")).toBeInTheDocument();
    expect(screen.getByText(/Không tìm thấy trang “Nà Lầu”\./)).toHaveTextContent("Cách xử lý: Đọc lại các trang tính rồi chọn lại.");
    await userEvent.click(screen.getByRole("button", { name: "Đóng thông báo" }));
    expect(onDismiss).toHaveBeenCalled();
  });
});
