import { PricingInputError } from '../pricing/core/errors';

/**
 * Thrown for arguments Summarize Spend cannot work with (an unknown time zone, a `from` that is
 * not a date): `field` names the parameter, the message says what is allowed. Bad records are
 * never thrown: they are skipped and counted. A kind of PricingInputError, so the node layer
 * turns it into the same NodeOperationError naming the parameter.
 */
export class SpendInputError extends PricingInputError {
	constructor(field: string, message: string) {
		super(field, message);
		this.name = 'SpendInputError';
		Object.setPrototypeOf(this, SpendInputError.prototype);
	}
}
