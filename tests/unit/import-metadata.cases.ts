/** Dates as Indonesian and English pages write them, and the ISO 8601 Tandai stores. */
export const dateCases: Array<[string, string | undefined]> = [
  ['2025-06-12', '2025-06-12'],
  ['2025-06-12T09:30:00+07:00', '2025-06-12T09:30:00+07:00'],
  ['2025-06-12 09:30:00Z', '2025-06-12T09:30:00Z'],
  ['Kamis, 12 Juni 2025 09:30 WIB', '2025-06-12T09:30:00+07:00'],
  ["Jum'at, 13 Juni 2025 | 10.15 WITA", '2025-06-13T10:15:00+08:00'],
  ['Senin, 2 Desember 2024 - 14:30 WIT', '2024-12-02T14:30:00+09:00'],
  ['13/06/2025, 10:15 WIB', '2025-06-13T10:15:00+07:00'],
  ['12 Agt 2025', '2025-08-12'],
  ['June 3, 2025', '2025-06-03'],
  ['June 3, 2025 at 5:04 p.m. GMT', '2025-06-03T17:04:00Z'],
  ['Fri, 13 Jun 2025 10:15:00 GMT', '2025-06-13T10:15:00Z'],
  // A time without a zone gives no instant: only the date is kept.
  ['3 June 2025, 10:15', '2025-06-03'],
  ['31 Februari 2025', undefined],
  ['hello 2025', undefined],
  ['', undefined],
];
