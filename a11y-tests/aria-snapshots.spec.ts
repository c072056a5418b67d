import { expect, test, type Page } from '@playwright/test';
import { browseAs } from './support/routed-request';
import { citizenWithRequests } from './support/snapshot-data';

/**
 * What a screen reader meets on the key screens, kept as reviewed expectations (Playwright ARIA
 * snapshots of `main`). A change here is a change of what blind citizens and clerks hear: review
 * it like a design change. Ids, dates and reference numbers differ per run, so they are regexes.
 * The start page lists the catalogue: a new service must be added here too, after reviewing it.
 */

const ID = '[0-9a-f-]{36}';
const DATE = '\\d{1,2}\\. \\w+ \\d{4} um \\d{1,2}:\\d{2}';

async function ready(page: Page): Promise<void> {
  await page.locator('main h1').waitFor();
  await page.locator('main .loading').waitFor({ state: 'detached' });
}

test('start page', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - main:
      - heading "Bürgerportal der Stadt Werne" [level=1]
      - paragraph: Hier stellen Sie Anträge an die Stadt Werne online – wann es Ihnen passt.
      - paragraph: Sie können Anträge auch ohne Internetverbindung ausfüllen. Ihr Gerät speichert jede Eingabe und sendet den Antrag, sobald wieder eine Verbindung besteht.
      - heading "Leistungen" [level=2]
      - paragraph: /zu einer anderen Internetseite\\. Sie verlassen damit das Bürgerportal\\./
      - region "Abfall":
        - heading "Abfall" [level=3]
        - list:
          - listitem:
            - link "Sperrmüllkarte":
              - /url: /sperrmuellkarte
            - paragraph: Abholung von Sperrmüll an Ihrer Adresse bestellen und bezahlen, mit Wunschtermin.
      - region "Wasser und Abwasser":
        - heading "Wasser und Abwasser" [level=3]
        - list:
          - listitem:
            - link "Gartenwasserzähler anmelden"
            - paragraph
          - listitem:
            - link "Zählerstand Gartenwasserzähler melden"
            - paragraph
      - region "Straßen und öffentlicher Raum":
        - heading "Straßen und öffentlicher Raum" [level=3]
        - list:
          - listitem:
            - link "Mängelmelder"
            - paragraph
      - region "Bürgerbüro":
        - heading "Bürgerbüro" [level=3]
        - list:
          - listitem:
            - link "Termin im Bürgerbüro"
            - paragraph
      - region "Fundbüro":
        - heading "Fundbüro" [level=3]
        - list:
          - listitem:
            - link "Verlust melden"
            - paragraph
          - listitem:
            - link "Fundsache abholen"
            - paragraph
      - region "Ihre Meinung an die Stadt":
        - heading "Ihre Meinung an die Stadt" [level=3]
        - list:
          - listitem:
            - link "Beschwerde, Lob und Anregung"
            - paragraph
      - region "Weitere Angebote der Stadt Werne":
        - heading "Weitere Angebote der Stadt Werne" [level=3]
        - list:
          - listitem:
            - link "Katalog der Stadtbücherei externes Angebot":
              - /url: https://www.werne.de/stadtbuecherei
            - paragraph: Medien suchen, vormerken und verlängern.
      - paragraph:
        - 'link "Fundsachen: Liste der in Werne gefundenen Sachen"':
          - /url: /fundsachen
      - heading "Ihr Konto" [level=2]
      - paragraph: Um einen Antrag zu stellen, melden Sie sich an. Wenn Sie noch kein Konto haben, registrieren Sie sich zuerst.
      - paragraph:
        - link "Anmelden":
          - /url: /anmelden
        - text: ·
        - link "Registrieren":
          - /url: /registrieren
  `);
});

test('a question page with an error, check your answers, my requests', async ({ page }) => {
  const { citizen, draftId, emptyDraftId, routedId } = await citizenWithRequests('Siri Schnappschuss');
  await browseAs(page, citizen);

  await page.goto(`/sperrmuellkarte/${emptyDraftId}/menge`);
  await ready(page);
  await page.getByRole('button', { name: 'Weiter' }).press('Enter');
  await expect(page.locator('.error-summary')).toBeFocused();
  // Strict: nothing more and nothing less on this page, in this order.
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - main:
      - /children: equal
      - link "Zurück":
        - /url: /\\/sperrmuellkarte\\/${ID}\\/gegenstaende/
      - alert:
        - heading "Es gibt ein Problem" [level=2]
        - list:
          - listitem:
            - link "Geben Sie an, wie viel Sperrmüll es ist.":
              - /url: "#field-volume"
      - text: Sperrmüllkarte
      - heading "Wie viel Sperrmüll ist es?" [level=1]
      - text: In Kubikmetern (m³), zwischen 0,5 und 5. Ein Kleiderschrank ist etwa 1 m³.
      - paragraph: "Fehler: Geben Sie an, wie viel Sperrmüll es ist."
      - textbox "Wie viel Sperrmüll ist es?"
      - status
      - button "Weiter"
  `);

  await page.goto(`/sperrmuellkarte/${draftId}/pruefen`);
  await ready(page);
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - main:
      - /children: equal
      - link "Zurück"
      - text: Sperrmüllkarte
      - heading "Prüfen Sie Ihre Angaben" [level=1]
      - term: Gegenstände
      - definition:
        - list:
          - listitem: Möbel
          - listitem: Matratzen
      - definition:
        - link "Ändern Gegenstände"
      - term: Weitere Gegenstände
      - definition: Nicht angegeben
      - definition:
        - link "Ändern Weitere Gegenstände"
      - term: Menge
      - definition: 2,5 m³
      - definition:
        - link "Ändern Menge":
          - /url: /\\/sperrmuellkarte\\/${ID}\\/menge\\?zurueck=pruefen/
      - term: Straße
      - definition: Bonenstraße
      - definition:
        - link "Ändern Straße"
      - term: Hausnummer
      - definition: /\\d+/
      - definition:
        - link "Ändern Hausnummer"
      - term: Postleitzahl
      - definition: "59368"
      - definition:
        - link "Ändern Postleitzahl"
      - term: Abholtag
      - definition: /\\w+, \\d{1,2}\\. \\w+ \\d{4}/
      - definition:
        - link "Ändern Abholtag"
      - term: Telefon
      - definition: Nicht angegeben
      - definition:
        - link "Ändern Telefon"
      - heading "Gebühr" [level=2]
      - paragraph: "Gebühr: 30,00 €"
      - paragraph:
        - strong: Wofür ist die Gebühr?
        - text: "Für die Abholung Ihres Sperrmülls: 20 € für bis zu 2 m³, 10 € für jeden weiteren angefangenen Kubikmeter."
      - group "Wie möchten Sie die Gebühr bezahlen?":
        - text: Wie möchten Sie die Gebühr bezahlen? Bezahlen können Sie, sobald die Stadt Ihren Antrag erhalten hat. Sie können die Art später noch ändern.
        - radio "Online bezahlen, gleich nach dem Absenden"
        - text: Online bezahlen, gleich nach dem Absenden
        - radio "Per Überweisung mit Rechnung"
        - text: Per Überweisung mit Rechnung
      - heading "Antrag absenden" [level=2]
      - paragraph: Mit dem Absenden bestätigen Sie, dass Ihre Angaben stimmen und die angezeigte Gebühr bezahlen.
      - button "Absenden"
  `);

  await page.goto('/meine-antraege');
  await ready(page);
  await expect(page.getByRole('region', { name: 'Laufende Anträge' })).toBeVisible();
  // The citizen's own requests first (running, then drafts); starting a new one comes last.
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - main:
      - heading "Meine Anträge" [level=1]
      - region "Laufende Anträge":
        - heading "Laufende Anträge" [level=2]
        - list:
          - listitem:
            - heading /Sperrmüllkarte – SPM-\\d{4}-\\d{6}/ [level=3]
            - term: Stand
            - definition:
              - strong: Eingegangen
            - term: Aktenzeichen
            - definition: /SPM-\\d{4}-\\d{6}/
            - term: Zuständig
            - definition: Kommunalbetrieb Werne – Abfallwirtschaft
            - term: Zuletzt geändert
            - definition: /${DATE}/
            - paragraph:
              - 'link /Details ansehen ?: Sperrmüllkarte, zuletzt geändert am ${DATE}/':
                - /url: /antraege/${routedId}
      - region "Entwürfe":
        - heading "Entwürfe" [level=2]
        - list:
          - listitem:
            - heading "Sperrmüllkarte" [level=3]
            - term: Stand
            - definition:
              - strong: Entwurf
            - term: Zuletzt geändert
            - definition: /${DATE}/
            - paragraph:
              - 'link /Weiter ausfüllen ?: Sperrmüllkarte, zuletzt geändert am ${DATE}/'
              - 'link /Details ansehen ?: Sperrmüllkarte, zuletzt geändert am ${DATE}/'
              - 'button /Entwurf löschen ?: Sperrmüllkarte, zuletzt geändert am ${DATE}/'
      - region "Neuen Antrag stellen":
        - heading "Neuen Antrag stellen" [level=2]
        - list:
          - listitem:
            - link "Sperrmüllkarte":
              - /url: /sperrmuellkarte
  `);
});

test('clerk inbox', async ({ page }) => {
  await citizenWithRequests('Ina Inbox');
  await page.goto('/');
  const login = await page.request.post('/api/auth/login', { data: { email: 'abfall@stadt-werne.example', password: 'werne-demo-abfall' } });
  expect(login.status()).toBe(200);
  await page.goto('/sachbearbeitung');
  await page.locator('main table tbody tr').first().waitFor();
  // Rows depend on what other tests sent; the structure around them does not.
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - main:
      - heading "Sachbearbeitung" [level=1]
      - list "Anträge je Status":
        - listitem:
          - 'link /Eingegangen: \\d+/':
            - /url: /sachbearbeitung?status=received
        - listitem:
          - 'link /In Bearbeitung: \\d+/'
        - listitem:
          - 'link /Rückfrage: \\d+/'
        - listitem:
          - 'link /Erledigt: \\d+/'
        - listitem:
          - 'link /Abgelehnt: \\d+/'
        - listitem:
          - 'link /Zurückgezogen: \\d+/'
      - search "Anträge filtern":
        - searchbox "Suche (Aktenzeichen, Name, Text)"
        - combobox "Status":
          - option "Alle" [selected]
        - combobox "Leistung":
          - option "Alle" [selected]
        - textbox "Eingegangen ab"
        - textbox "Eingegangen bis"
        - button "Anwenden"
        - link "Filter zurücksetzen":
          - /url: /sachbearbeitung
      - region "Eingegangene Anträge – Kommunalbetrieb Werne – Abfallwirtschaft":
        - table "Eingegangene Anträge – Kommunalbetrieb Werne – Abfallwirtschaft":
          - caption: Eingegangene Anträge – Kommunalbetrieb Werne – Abfallwirtschaft
          - rowgroup:
            - row:
              - columnheader "Aktenzeichen":
                - button "Aktenzeichen"
              - columnheader "Leistung":
                - button "Leistung"
              - columnheader "Status":
                - button "Status"
              - columnheader "Eingegangen am":
                - button "Eingegangen am"
              - columnheader "Antragstellerin oder Antragsteller"
              - columnheader "Bearbeitung durch"
          - rowgroup:
            - row:
              - rowheader /[A-Z]{3}-\\d{4}-\\d{6}/:
                - link /[A-Z]{3}-\\d{4}-\\d{6}/
  `);
  // The sort order is said by aria-sort, not by the arrow drawn after the header's name.
  await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
});
