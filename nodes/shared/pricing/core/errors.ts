/**
 * Thrown for input the estimators cannot price: `field` names the offending parameter
 * (or override key path, e.g. `overrides.imageTiers.premiun`) and the message says what is
 * allowed.
 */
export class PricingInputError extends Error {
	readonly field: string;

	constructor(field: string, message: string) {
		super(message);
		this.name = 'PricingInputError';
		this.field = field;
		Object.setPrototypeOf(this, PricingInputError.prototype);
	}
}
