/** Building breakdown lines and adding them up. */
import { roundCredits } from './numbers';
import type { BreakdownLine, CreditRange } from './types';

/** A line of `quantity` units at `unit` credits each. */
export function line(label: string, quantity: number, unit: CreditRange): BreakdownLine {
	return {
		label,
		quantity,
		unitMin: unit.min,
		unitMax: unit.max,
		min: roundCredits(unit.min * quantity),
		max: roundCredits(unit.max * quantity),
	};
}

/** Total of the lines (subtotal lines are not added again). */
export function sumLines(lines: BreakdownLine[], key: 'min' | 'max'): number {
	return roundCredits(lines.filter((l) => !l.subtotal).reduce((total, l) => total + l[key], 0));
}
