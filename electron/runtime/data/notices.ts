import type { Notice } from '../../api';

export interface NewNotice {
  text: string;
  fromDay: string;
  untilDay: string;
  at: Date;
  /** The staff member who put it up, when one is signed in. */
  by: string | null;
}

/** The hall's notices for the big screen, each shown from one day to another until taken down. */
export interface NoticesRepository {
  /** Notices shown on a day, oldest first (the order staff put them up). */
  shownOn(day: string): Notice[];
  /** Notices still to show on or after a day, by first day, then the order they were put up. */
  from(day: string): Notice[];
  /** Returns the new notice's id. */
  insert(notice: NewNotice): string;
  /** Takes a live notice down; false when there is none by that id (never one, or already down). */
  remove(id: string, at: Date): boolean;
}
