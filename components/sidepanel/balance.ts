/**
 * The balance of the notes between the buyer's world (you/they: their goals, tools, worries)
 * and our pitch (I/we/our product), from the engine's pronoun counts. Top reps talk for about
 * 43% of a discovery call (Gong Labs): notes that are mostly our pitch suggest we talked more.
 */
import type { Metrics } from '../../analyzers/index';

export interface Balance {
  /** 0..100, rounded. */
  buyer: number;
  pitch: number;
  /** False until the notes say enough to judge (a few pronouns either way). */
  known: boolean;
  /** Mostly our pitch: worth a nudge. */
  pitchHeavy: boolean;
}

/** Fewer pronouns than this and the balance is noise. */
export const MIN_PRONOUNS = 3;
/** Above this share of pitch the panel nudges back to the buyer (more than ~57% us). */
export const PITCH_HEAVY = 57;

export function balance(m: Pick<Metrics, 'youWords' | 'selfWords' | 'theyWords' | 'buyerShare'>): Balance {
  const pronouns = m.youWords + m.selfWords + m.theyWords;
  const buyer = Math.round(m.buyerShare * 100);
  const pitch = 100 - buyer;
  const known = pronouns >= MIN_PRONOUNS;
  return { buyer, pitch, known, pitchHeavy: known && pitch > PITCH_HEAVY };
}
