import { describe, expect, it } from 'vitest';
import { screenKind } from '../../../renderer/screen-kind';

describe('which screen a page shows', () => {
  it('a booth token is the tablet, or its TV when asked; a screen paired to a booth is that TV', () => {
    expect(screenKind({ role: 'booth', booth: 3 }, null)).toBe('booth-tablet');
    expect(screenKind({ role: 'booth', booth: 3 }, 'display')).toBe('booth-display');
    expect(screenKind({ role: 'screen', booth: 3 }, null)).toBe('booth-display');
    expect(screenKind({ role: 'screen', booth: null }, null)).toBe('hall');
    // A hall screen cannot be talked into being a tablet.
    expect(screenKind({ role: 'screen', booth: null }, 'tablet')).toBe('hall');
    expect(screenKind({ role: 'admin', booth: null }, 'display')).toBe('desk');
  });
});
