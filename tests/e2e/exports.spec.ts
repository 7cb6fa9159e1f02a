import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { addDays, localIsoDate } from '../../shared/summary/dates';
import { compileFhirSchema } from '../fixtures/fhir-schema';
import { expectNoSeriousAxeViolations } from './axe';
import { filesHolding } from './files-on-disk';
import { expect, saveScreenshot, test } from './fixtures';
import * as flows from './flows';
import { PROJECT_ROOT } from './browser-host';
import { pdfText, rasterisePage } from './pdf-tools';

const PATIENT = 'Zoë Ólafsdóttir';
const AREAS = ['Frown lines between the brows', 'Under-eye hollow (tear trough) (left)', 'Lips'];
const fhir = compileFhirSchema();

/** The review screen's choices, by their labels. */
const CHOICES = {
  summary: 'Patient summary (PDF)',
  clinician: 'Clinician’s copy (PDF)',
  fhir: 'Record for the clinic’s system (FHIR)',
  calendar: 'Review dates (calendar file)',
} as const;

test.describe('exports for the clinic (issue 15)', () => {
  test('all four, into one folder, each read back by a real parser', async ({ app, host, exportDir, userDataDir }) => {
    await flows.planThreeAreas(app, PATIENT, AREAS);
    const today = localIsoDate(new Date());
    // Without a planned day there are no dates to put in a calendar: the review screen says so.
    await flows.reviewSummary(app);
    const panel = app.getByRole('region', { name: 'Export' });
    await expect(panel.getByRole('checkbox', { name: CHOICES.calendar })).toBeDisabled();
    await expect(panel).toContainText('Needs a planned treatment date');
    await app.getByRole('button', { name: 'Back to the consultation' }).click();
    await app.getByRole('region', { name: 'The plan' }).getByLabel(/Planned treatment date/).fill(addDays(today, 7));
    await flows.reviewSummary(app);
    for (const label of [CHOICES.clinician, CHOICES.fhir, CHOICES.calendar]) await panel.getByRole('checkbox', { name: label }).check();
    await expect(panel.getByText(/clinical files hold more than the handout/)).toBeVisible();
    await expectNoSeriousAxeViolations(app);

    host.folderDialog.answer = exportDir;
    await panel.getByRole('button', { name: 'Export 4 files…' }).click();
    await expect(panel.getByText('Saved in')).toContainText(path.basename(exportDir), { timeout: 20_000 });
    await saveScreenshot(app, 'export-four-saved');

    const name = (words: string, suffix: string) => `Facet ${words} - ${PATIENT} - ${today}${suffix}`;
    expect(readdirSync(exportDir).sort()).toEqual(
      [name('clinical record', '.pdf'), name('record', '.fhir.json'), name('review dates', '.ics'), name('summary', '.pdf')].sort(),
    );
    const file = (n: string) => path.join(exportDir, n);

    // The patient's handout and the clinician's copy, through Poppler.
    const summary = pdfText(file(name('summary', '.pdf'))).replace(/\s+/g, ' ');
    expect(summary).toContain('Your consultation summary');
    expect(summary).not.toContain('Clinical record — confidential');
    const clinical = pdfText(file(name('clinical record', '.pdf'))).replace(/\s+/g, ' ');
    for (const words of ['Clinical record — confidential', PATIENT, 'Dr Amara Hale', 'Botulinum toxin type A', '18–22 units', 'Filler gel, soft, 1 mL syringe', 'Lips']) {
      expect(clinical).toContain(words);
    }
    expect(clinical).toMatch(/pregnant/i);
    rasterisePage(file(name('clinical record', '.pdf')), path.join(PROJECT_ROOT, 'test-results', 'screenshots', 'clinician-copy-page-1'));

    // The FHIR bundle, through the official R4 JSON schema.
    const bundle = JSON.parse(readFileSync(file(name('record', '.fhir.json')), 'utf8')) as { resourceType: string; type: string; entry: { resource: { resourceType: string } }[] };
    expect(fhir.errorsIn(bundle)).toEqual([]);
    expect(bundle.type).toBe('document');
    expect(bundle.entry[0]!.resource.resourceType).toBe('Composition');
    const carePlan = bundle.entry.find((e) => e.resource.resourceType === 'CarePlan')!.resource as unknown as { intent: string; activity: unknown[] };
    expect(carePlan.intent).toBe('proposal');
    expect(carePlan.activity).toHaveLength(3);

    // The calendar file, through ical.js: the review, and toxin's earliest repeat.
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file(name('review dates', '.ics')), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBeGreaterThanOrEqual(2);
    for (const event of events) expect(event.startDate.toString() > today).toBe(true);
    expect(events.map((e) => e.summary).join(' ')).not.toContain('Ólafsdóttir');
    expect(events.some((e) => e.startDate.toString() >= addDays(today, 90))).toBe(true);

    // The clinical files are this account's only; the handout can be shared.
    expect(statSync(file(name('clinical record', '.pdf'))).mode & 0o077).toBe(0);
    expect(statSync(file(name('record', '.fhir.json'))).mode & 0o077).toBe(0);

    // Nothing with the patient's name reaches the log or stays in Facet's own folder: the files are only where they were put.
    expect(host.logLines.join('\n')).not.toMatch(/Zoë|Ólafsdóttir/);
    expect(filesHolding(userDataDir, ['Ólafsdóttir', 'Olafsdottir'])).toEqual([]);
  });

  test('remembers what was ticked, and an export of nothing cannot be chosen', async ({ app }) => {
    await flows.startConsultation(app, PATIENT);
    await flows.reviewSummary(app);
    const panel = app.getByRole('region', { name: 'Export' });
    await panel.getByRole('checkbox', { name: CHOICES.clinician }).check();
    await panel.getByRole('checkbox', { name: CHOICES.summary }).uncheck();
    await expect(panel.getByRole('button', { name: 'Export…' })).toBeVisible();
    // The last one ticked is marked unavailable to untick, and a click does not untick it.
    const last = panel.getByRole('checkbox', { name: CHOICES.clinician });
    await expect(last).toHaveAttribute('aria-disabled', 'true');
    await last.click({ force: true });
    await expect(last).toBeChecked();

    await app.reload();
    await app.getByRole('button', { name: /Resume/ }).click();
    await flows.reviewSummary(app);
    await expect(panel.getByRole('checkbox', { name: CHOICES.clinician })).toBeChecked();
    await expect(panel.getByRole('checkbox', { name: CHOICES.summary })).not.toBeChecked();
  });
});
