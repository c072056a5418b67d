import { expect, test, type Page } from '@playwright/test';
import { camtStatement } from '../server/test-support/camt-statement';
import { expectNoAxeViolations } from './support/axe';
import { expectAxeCleanIn, inEachLanguage } from './support/axe-languages';
import { logIn } from './support/citizen';
import { routedRequest } from './support/routed-request';

/** The treasury's screens are checked in these languages, switched in place (support/axe-languages.ts). */
const LANGUAGES = [
  { button: 'Deutsch', lang: 'de', missing: 'Wählen Sie eine Datei mit dem Kontoauszug aus.' },
  { button: 'English', lang: 'en', missing: 'Choose a file with the bank statement.' },
  { button: 'Leichte Sprache', lang: 'de-x-easy', missing: 'Es fehlt die Datei.' },
] as const;

const xmlFile = (name: string, xml: string) => ({ name, mimeType: 'application/xml', buffer: Buffer.from(xml, 'utf8') });

async function upload(page: Page, file: ReturnType<typeof xmlFile>, submit = 'Kontoauszug einlesen') {
  await page.locator('#statement-file').setInputFiles(file);
  await page.getByRole('button', { name: submit }).click();
}

test('the treasury imports a bank statement: the Sperrmüllkarte becomes paid and the clerk sees it', async ({ page, browser }) => {
  // It checks its screens in three languages: its own time and that of the English and the
  // Leichte Sprache test it took over.
  test.setTimeout(3 * 90_000);
  const { id, reference, citizen } = await routedRequest('Bahnhofstraße', 'Theo Überweiser');
  const { payment } = (await citizen.current(id))!;
  expect(payment).toMatchObject({ state: 'open' });
  const statementId = `E2E-${Date.now()}`;
  const statement = camtStatement(statementId, [
    { ref: `${statementId}-1`, cents: payment!.amountCents, rf: payment!.creditorReference, debtor: 'Theo Überweiser' },
    { ref: `${statementId}-2`, cents: 1990, purpose: 'Hundesteuer 2026', debtor: 'Hanna Hund' },
  ]);

  await logIn(page, 'kasse@stadt-werne.example', 'werne-demo-kasse');
  await expect(page).toHaveURL(/\/kasse$/);
  await expect(page.locator('h1')).toHaveText('Kontoauszüge einlesen');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Stadtkasse' })).toBeVisible();
  await expectNoAxeViolations(page, 'Stadtkasse');

  // No file chosen: the error summary names it and leads to the file input.
  await page.getByRole('button', { name: 'Kontoauszug einlesen' }).click();
  await expect(page).toHaveTitle(/^Fehler: /);
  await expect(page.getByRole('alert')).toContainText('Wählen Sie eine Datei mit dem Kontoauszug aus.');
  // The error follows the language switch without being raised again (it stayed German before).
  // Its screen is in the accessibility matrix in six languages (screens.ts: treasury, errors).
  await inEachLanguage(page, LANGUAGES, (language) => expect(page.getByRole('alert')).toContainText(language.missing));

  // A broken file: the server says where.
  await upload(page, xmlFile('kaputt.xml', statement.replace('</Stmt>', '')));
  await expect(page.getByRole('alert')).toContainText(/kein gültiges XML: Fehler in Zeile \d+/);

  await upload(page, xmlFile('auszug.xml', statement));
  const result = page.locator('#kasse-result');
  await expect(result).toBeFocused();
  await expect(page.locator('#kasse-result-summary')).toHaveText(`Kontoauszug ${statementId} eingelesen: 1 zugeordnet, 1 zur Bearbeitung.`);
  await expect(page.getByRole('table', { name: 'Zugeordnet und als bezahlt vermerkt' })).toContainText(reference);
  const unmatched = page.getByRole('table', { name: 'Nicht zugeordnet: bitte von Hand klären' });
  await expect(unmatched).toContainText('Hanna Hund');
  await expect(unmatched).toContainText('Keine RF-Referenz angegeben. Verwendungszweck: Hundesteuer 2026');
  await expect(page.getByRole('table', { name: /Zahlungen, die noch von Hand geklärt werden müssen/ })).toContainText('19,90 €');
  await expect(page.getByRole('table', { name: 'Eingelesene Kontoauszüge, neueste zuerst' })).toContainText(`${statementId} (auszug.xml)`);
  await expectAxeCleanIn(page, LANGUAGES, 'Stadtkasse nach dem Einlesen', { state: page.locator('#kasse-result-summary') });

  // The unmatched payment is dealt with by hand: a note, then it leaves the open list.
  const openLines = page.getByRole('table', { name: /Zahlungen, die noch von Hand geklärt werden müssen/ });
  const dogTax = openLines.getByRole('row').filter({ hasText: 'Hanna Hund' });
  await dogTax.getByRole('button', { name: 'Erledigt' }).click();
  await expect(page.getByRole('alert')).toContainText('Schreiben Sie, was Sie mit der Zahlung getan haben.');
  await expectNoAxeViolations(page, 'Stadtkasse, Vermerk fehlt');
  await dogTax.getByRole('textbox', { name: /Vermerk zur Zahlung über 19,90 €/ }).fill('An die Steuerabteilung weitergegeben.');
  await dogTax.getByRole('button', { name: 'Erledigt' }).click();
  await expect(page.getByRole('region', { name: 'Erledigt' })).toContainText('Die Zahlung über 19,90 € ist erledigt.');
  await expect(page.getByText('Keine offenen Zahlungen.')).toBeVisible();
  await expect.poll(async () => (await citizen.current(id))?.payment?.state).toBe('paid');

  // The same statement again changes nothing, and says so.
  await upload(page, xmlFile('auszug-nochmal.xml', statement));
  await expect(page.locator('#kasse-result-summary')).toContainText('wurde schon am');
  await expect(page.locator('#kasse-result-summary')).toContainText('Es hat sich nichts geändert.');

  // The clerk of the waste department sees it paid, in the inbox filtered by payment and on the case.
  const clerkContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  await logIn(clerk, 'abfall@stadt-werne.example', 'werne-demo-abfall');
  await expect(clerk).toHaveURL(/\/sachbearbeitung$/);
  await clerk.getByLabel('Zahlung').selectOption('paid');
  await clerk.getByRole('button', { name: 'Anwenden' }).click();
  await expect(clerk).toHaveURL(/payment=paid/);
  const row = clerk.getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText(/bezahlt am \d{2}\.\d{2}\.\d{4} per Überweisung/);
  await expectNoAxeViolations(clerk, 'Posteingang nach Zahlung gefiltert');
  await row.getByRole('link', { name: reference }).click();
  await expect(clerk.locator('#case-payment')).toContainText('per Überweisung');
  // Paid: work starts without a reason.
  await expect(clerk.locator('#payment-override')).toHaveCount(0);
  await clerk.locator('#action-start').click();
  await expect(clerk.locator('#case-feedback')).toContainText('Die Bearbeitung hat begonnen.');
  await expectNoAxeViolations(clerk, 'Bezahlter Antrag im Fachdienst');
  await clerkContext.close();
});

test('a clerk finds unpaid requests by the filter and starts one only with a reason, which the history keeps', async ({ page }) => {
  const { id, reference, citizen } = await routedRequest('Kamener Straße', 'Olga Offen');
  await logIn(page, 'abfall@stadt-werne.example', 'werne-demo-abfall');
  await expect(page).toHaveURL(/\/sachbearbeitung$/);
  await page.getByLabel('Zahlung').selectOption('open');
  await page.getByRole('button', { name: 'Anwenden' }).click();
  await expect(page).toHaveURL(/payment=open/);
  const row = page.getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText('offen');
  await row.getByRole('link', { name: reference }).click();
  await expect(page.locator('h1')).toHaveText(`Antrag ${reference}`);
  await expect(page.locator('#case-payment')).toContainText('offen');
  await expect(page.locator('#case-payment')).toContainText('RF');
  await expect(page.locator('#action-start')).toHaveCount(0);
  // The unpaid case is in the accessibility matrix in six languages (screens.ts: clerk-case, the
  // routed Sperrmüllkarte with its fee open).
  await expect(page.locator('#payment-override')).toBeVisible();

  const start = page.getByRole('button', { name: 'Trotzdem mit der Bearbeitung beginnen' });
  await start.click();
  await expect(page).toHaveTitle(/^Fehler: /);
  await page.getByRole('alert').getByRole('link', { name: /Geben Sie einen Grund an/ }).click();
  await expect(page.locator('#payment-override')).toBeFocused();
  await expectNoAxeViolations(page, 'Unbezahlter Antrag mit Fehler');

  await page.keyboard.type('Bar im Bürgerbüro bezahlt, Quittung 4711.');
  await start.click();
  await expect(page.locator('#case-feedback')).toContainText('Der Grund ist im Verlauf und im Protokoll vermerkt.');
  await expect(page.getByRole('main')).toContainText('Bar im Bürgerbüro bezahlt, Quittung 4711.');
  await expectNoAxeViolations(page, 'Antrag vor der Zahlung begonnen');
  const onDevice = (await citizen.current(id))!;
  expect(onDevice.status).toBe('in_progress');
  expect(onDevice.history.at(-1)).toMatchObject({ reason: 'Bar im Bürgerbüro bezahlt, Quittung 4711.' });
});
