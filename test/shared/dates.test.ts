import { fullFormats } from "ajv-formats/dist/formats";
import { isIsoDate } from "../../src/shared/dates";

const schemaDate = (fullFormats.date as { validate: (text: string) => boolean }).validate;

test.each([
  ["2026-12-07", true],
  ["2024-02-29", true],
  ["2000-02-29", true],
  ["2100-02-29", false],
  ["2026-02-29", false],
  ["2026-04-31", false],
  ["2026-12-31", true],
  ["2026-13-01", false],
  ["2026-00-10", false],
  ["2026-01-00", false],
  ["0000-02-29", true],
  ["0099-01-01", true],
  ["2026-1-07", false],
  ["2026-12-07T00:00:00Z", false],
  ["２０２６-12-07", false],
  ["", false],
])("%s: %s", (text, valid) => {
  expect(isIsoDate(text)).toBe(valid);
});

test("agrees with the schema's date format on every day-of-month 00-32 of every month 00-13, in leap and common years", () => {
  const two = (n: number) => String(n).padStart(2, "0");
  const disagreements: string[] = [];
  for (const year of ["1900", "1996", "2000", "2023", "2024", "2100", "2400"])
    for (let month = 0; month <= 13; month++)
      for (let day = 0; day <= 32; day++) {
        const text = `${year}-${two(month)}-${two(day)}`;
        if (isIsoDate(text) !== schemaDate(text)) disagreements.push(text);
      }
  expect(disagreements).toEqual([]);
});
