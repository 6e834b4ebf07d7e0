/// <reference lib="dom" />
/**
 * A window whose reader is a keyboard wedge hears the card as typing: every key goes through the
 * burst detector (drivers/wedge/burst-detector.ts), and a number typed faster than a person can type
 * is handed to the station with card.typed, which presents it as a card of that reader. A person
 * typing the same digits slowly is left alone. The burst never stays in a text field.
 */
import { WedgeBurstDetector, type WedgeIdNumber } from '../../drivers/wedge/burst-detector';

export interface WedgeHandlers {
  /** A number the detector heard; resolves when the station took it, rejects when it refused it. */
  send(idNumber: string): Promise<unknown>;
  /** The number failed GB 11643 (a misread or a forged number): the screen may say so. */
  refused?(read: WedgeIdNumber): void;
}

/** Listens on `target` (the window) before any field does; returns the function that stops it. */
export function listenForWedge(target: Window, handlers: WedgeHandlers): () => void {
  const detector = new WedgeBurstDetector();
  const onKey = (e: KeyboardEvent) => {
    if (e.repeat) return;
    const read = detector.push({ key: e.key, at: e.timeStamp });
    if (!read) return;
    // The Enter of a burst submits nothing, and the digits it typed leave the focused field.
    e.preventDefault();
    e.stopPropagation();
    takeBurstOutOfField(target.document, read.convertedFrom ?? read.idNumber);
    if (!read.validation.checksum) {
      handlers.refused?.(read);
      return;
    }
    handlers.send(read.idNumber).catch(() => handlers.refused?.(read));
  };
  target.addEventListener('keydown', onKey, true);
  return () => target.removeEventListener('keydown', onKey, true);
}

/** Removes the burst's characters from the end of a focused text field, as React sees an edit. */
function takeBurstOutOfField(doc: Document, typed: string) {
  const el = doc.activeElement;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return;
  const at = el.value.toUpperCase().lastIndexOf(typed.toUpperCase());
  if (at < 0) return;
  const proto = el instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(
    el,
    el.value.slice(0, at) + el.value.slice(at + typed.length),
  );
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
