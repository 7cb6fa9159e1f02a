import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiContext } from '../../renderer/api-context';
import { ContentProvider } from '../../renderer/content/ContentContext';
import { Prose } from '../../renderer/content/Prose';
import { fakeApi } from '../fixtures/fake-api';

function renderProse(markdown: string) {
  return render(
    <ApiContext.Provider value={fakeApi().api}>
      <ContentProvider>
        <Prose markdown={markdown} />
      </ContentProvider>
    </ApiContext.Provider>,
  );
}

describe('<Prose /> renders content Markdown inert', () => {
  it('never creates a script element or runs its code', () => {
    const { container } = renderProse('Hello <script>window.pwned = true</script> **world**');

    expect(container.querySelector('script')).toBeNull();
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined();
    expect(container.textContent).toBe('Hello  world');
    expect(container.querySelector('strong')?.textContent).toBe('world');
  });

  it('never loads an image from the web', () => {
    const { container } = renderProse('![tracker](http://tracker.example/pixel.png) ![remote](https://cdn.example/a.svg)');

    expect(container.querySelectorAll('img')).toHaveLength(0);
  });

  it('draws no event-handler attributes from HTML in the text', () => {
    const { container } = renderProse('<img src=x onerror="window.pwned=true"> <a href="javascript:alert(1)">x</a>');

    expect(container.innerHTML).not.toMatch(/onerror|javascript:|<a /);
  });
});
