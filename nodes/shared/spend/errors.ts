/**
 * Thrown for arguments Summarize Spend cannot work with (an unknown time zone, a `from` that is
 * not a date): `field` names the parameter, the message says what is allowed. Bad records are
 * never thrown: they are skipped and counted.
 */
export class SpendInputError extends Error {
	readonly field: string;

	constructor(field: string, message: string) {
		super(message);
		this.name = 'SpendInputError';
		this.field = field;
		Object.setPrototypeOf(this, SpendInputError.prototype);
	}
}
