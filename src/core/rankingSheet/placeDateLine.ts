/**
 * The place-date line of an administrative document (Nghị định 30/2020): days below 10 and the months
 * January and February are written with a leading zero; an unknown place is left as dots to fill in.
 *
 * @example placeDateLine("Khuôn Lùng", { day: 5, month: 2, year: 2024 }) === "Khuôn Lùng, ngày 05 tháng 02 năm 2024"
 * @example placeDateLine(null, { day: 28, month: 11, year: 2026 }) === "……, ngày 28 tháng 11 năm 2026"
 */
export function placeDateLine(place: string | null, date: { day: number; month: number; year: number }): string {
  const day = String(date.day).padStart(2, "0");
  const month = date.month < 3 ? String(date.month).padStart(2, "0") : String(date.month);
  return `${place?.trim() || "……"}, ngày ${day} tháng ${month} năm ${date.year}`;
}
