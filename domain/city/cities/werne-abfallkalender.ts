import type { CalendarData } from '../../waste-calendar/calendar-data';

/**
 * Werne's waste calendar: collection routes per Ortsteil (or single street) with their first date
 * and rhythm in weeks per bin, holidays and one-off moves. SAMPLE DATA, invented ("sample": true
 * shows a notice on the page). A module rather than a .json file: Playwright's loader, which
 * reads the city configuration through the test support, refuses a JSON import without an
 * import attribute.
 */
export const WERNE_WASTE_CALENDAR = {
  "comment": "BEISPIELDATEN / SAMPLE DATA: invented pickup routes for Werne's districts, not the city's real Abfallkalender. The city replaces this file (same shape, see domain/waste-calendar/calendar-data.ts; WERNE.wasteCalendar) and rebuilds the app. holidays: exactly the NRW public holidays on weekdays (checked against domain/slots/holidays-nrw.ts); 24 and 31 December are none, their pickups are one-off moves.",
  "sample": true,
  "validFrom": "2026-01-01",
  "validUntil": "2027-12-31",
  "routes": {
    "mitte-nord": {
      "restmuell": {
        "start": "2026-01-05",
        "everyWeeks": 2
      },
      "bio": {
        "start": "2026-01-12",
        "everyWeeks": 2
      },
      "papier": {
        "start": "2026-01-07",
        "everyWeeks": 4
      },
      "verpackung": {
        "start": "2026-01-14",
        "everyWeeks": 2
      }
    },
    "mitte-sued": {
      "restmuell": {
        "start": "2026-01-06",
        "everyWeeks": 2
      },
      "bio": {
        "start": "2026-01-13",
        "everyWeeks": 2
      },
      "papier": {
        "start": "2026-01-14",
        "everyWeeks": 4
      },
      "verpackung": {
        "start": "2026-01-08",
        "everyWeeks": 2
      }
    },
    "evenkamp": {
      "restmuell": {
        "start": "2026-01-07",
        "everyWeeks": 2
      },
      "bio": {
        "start": "2026-01-14",
        "everyWeeks": 2
      },
      "papier": {
        "start": "2026-01-21",
        "everyWeeks": 4
      },
      "verpackung": {
        "start": "2026-01-09",
        "everyWeeks": 2
      }
    },
    "stockum": {
      "restmuell": {
        "start": "2026-01-08",
        "everyWeeks": 2
      },
      "bio": {
        "start": "2026-01-15",
        "everyWeeks": 2
      },
      "papier": {
        "start": "2026-01-28",
        "everyWeeks": 4
      },
      "verpackung": {
        "start": "2026-01-16",
        "everyWeeks": 2
      }
    },
    "aussenbereich": {
      "restmuell": {
        "start": "2026-01-09",
        "everyWeeks": 2
      },
      "bio": {
        "start": "2026-01-16",
        "everyWeeks": 2
      },
      "papier": {
        "start": "2026-01-30",
        "everyWeeks": 4
      },
      "verpackung": {
        "start": "2026-01-12",
        "everyWeeks": 4
      }
    }
  },
  "districtRoutes": {
    "mitte": "mitte-nord",
    "evenkamp": "evenkamp",
    "stockum": "stockum",
    "langern": "aussenbereich",
    "horst": "stockum",
    "holthausen": "aussenbereich",
    "ehringhausen": "aussenbereich",
    "schmintrup": "aussenbereich",
    "wessel": "stockum",
    "lenklar": "aussenbereich",
    "varnhoevel": "aussenbereich"
  },
  "streetRoutes": {
    "Südmauer": "mitte-sued",
    "Lünener Straße": "mitte-sued",
    "Capeller Straße": "mitte-sued",
    "Selmer Straße": "mitte-sued",
    "Zum Lippeufer": "mitte-sued",
    "Nordlippestraße": "mitte-sued",
    "Solebadstraße": "mitte-sued",
    "Kamener Straße": "mitte-sued"
  },
  "holidays": [
    "2026-01-01",
    "2026-04-03",
    "2026-04-06",
    "2026-05-01",
    "2026-05-14",
    "2026-05-25",
    "2026-06-04",
    "2026-10-03",
    "2026-11-01",
    "2026-12-25",
    "2026-12-26",
    "2027-01-01",
    "2027-03-26",
    "2027-03-29",
    "2027-05-01",
    "2027-05-06",
    "2027-05-17",
    "2027-05-27",
    "2027-10-03",
    "2027-11-01",
    "2027-12-25",
    "2027-12-26"
  ],
  "moves": {
    "2026-12-24": "2026-12-23",
    "2026-12-31": "2026-12-30",
    "2027-12-24": "2027-12-23",
    "2027-12-31": "2027-12-30"
  }
} as CalendarData;
