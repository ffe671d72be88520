import type { IDataObject } from 'n8n-workflow';
import type { ParameterReader } from '../shared/execution/parameterReader';
import { readChoice, readNumber } from '../shared/pricing/core/numbers';
import { PROVIDER_NAMES, type Provider } from '../shared/providers/registry';
import { periodStart, PERIODS, type Period } from '../shared/spend';
import type { GateSettings } from './creditReservations';

export const REQUIRED_FROM = ['max', 'expected', 'min', 'custom'] as const;
export type RequiredFrom = (typeof REQUIRED_FROM)[number];

export interface NodeSettings {
	requiredFrom: RequiredFrom;
	balanceFrom: 'item' | Provider;
	reservations: GateSettings;
	/** Options › Budget per Period, when added. */
	budget?: { limit: number; period: Period; periodStart: string };
}

/** The parameters the whole batch runs with, checked against their declared values and bounds. */
export function readSettings(parameters: ParameterReader, timeZone: string): NodeSettings {
	const options = parameters.collection('options', 0);
	return {
		requiredFrom: parameters.option('requiredFrom', 0, REQUIRED_FROM, 'max'),
		balanceFrom: parameters.option('balanceFrom', 0, ['item', ...PROVIDER_NAMES], 'item'),
		reservations: {
			floor: readNumber(options.floor, 'options.floor', { min: 0 }, 0),
			marginPercent: readNumber(
				options.marginPercent,
				'options.marginPercent',
				{ min: 0, max: 100 },
				0,
			),
			reserve: parameters.flag('reserveAcrossItems', 0, true),
		},
		budget: budgetOf(options, timeZone),
	};
}

function budgetOf(options: IDataObject, timeZone: string): NodeSettings['budget'] {
	if (options.budget === undefined) return undefined;
	const period = readChoice(options.budgetPeriod, 'options.budgetPeriod', PERIODS, 'month');
	return {
		limit: readNumber(options.budget, 'options.budget', { min: 0 }),
		period,
		periodStart: periodStart(period, new Date().toISOString(), timeZone),
	};
}
