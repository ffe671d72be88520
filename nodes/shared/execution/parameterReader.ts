import type { IExecuteFunctions, INodeParameters, NodeParameterValueType } from 'n8n-workflow';

export type ReadParameter = <T = unknown>(name: string, itemIndex: number, fallback?: T) => T;

export interface ParameterReader {
	read: ReadParameter;
	/** How many expression parameters were read so far (0: every item reads the same values). */
	expressionReads(): number;
}

function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	if (value && typeof value === 'object') return Object.values(value).some(holdsExpression);
	return false;
}

function rawValue(parameters: INodeParameters, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], parameters);
}

/**
 * getNodeParameter per item, but a parameter that holds no expression is the same for every
 * item, so it is read once per run: large batches then cost what their expressions cost.
 * A caller reads a given name with the same fallback every time.
 */
export function createParameterReader(ctx: IExecuteFunctions): ParameterReader {
	const parameters = ctx.getNode().parameters;
	const constants = new Map<string, unknown>();
	let expressionReads = 0;
	const read = <T>(name: string, itemIndex: number, fallback?: T): T => {
		if (constants.has(name)) return constants.get(name) as T;
		const value = ctx.getNodeParameter(
			name,
			itemIndex,
			fallback as NodeParameterValueType | undefined,
		) as T;
		if (holdsExpression(rawValue(parameters, name))) expressionReads++;
		else constants.set(name, value);
		return value;
	};
	return { read, expressionReads: () => expressionReads };
}
