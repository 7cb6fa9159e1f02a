import { expectNoSeriousAxeViolations } from './axe';
import { expect, saveScreenshot, test } from './fixtures';

test.describe('deck keyboard shortcuts', () => {
  test('“?” lists every shortcut; Escape closes the list without opening the overview', async ({ app }) => {
    await app.getByRole('button', { name: /Present the treatments/ }).click();
    await expect(app.getByRole('button', { name: 'Next' })).toBeVisible();

    await app.keyboard.press('?');
    const help = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help.getByText('Next step or slide')).toBeVisible();
    await expect(help.getByText('Blank the screen (any key brings it back)')).toBeVisible();
    await expect(help.getByText('Go to that slide')).toBeVisible();
    await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
    await saveScreenshot(app, 'deck-shortcuts');
    await expectNoSeriousAxeViolations(app);

    await app.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(app.getByRole('dialog', { name: 'All slides' })).toBeHidden();
    await app.keyboard.press('PageDown');
    await expect(app.getByRole('region', { name: /^Slide 2 of \d+/ })).toBeVisible();
  });

  test('the toolbar buttons announce their keys from the same table', async ({ app }) => {
    await app.getByRole('button', { name: /Present the treatments/ }).click();

    await expect(app.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-keyshortcuts', 'F');
    await expect(app.getByRole('button', { name: 'All slides' })).toHaveAttribute('aria-keyshortcuts', 'O Escape');
    await expect(app.getByRole('button', { name: 'Face diagram' })).toHaveAttribute('aria-keyshortcuts', 'D');
    await expect(app.getByRole('button', { name: 'Shortcuts' })).toHaveAttribute('aria-keyshortcuts', '?');
  });
});
