import type { IExecuteFunctions, INodeParameters, NodeParameterValueType } from 'n8n-workflow';

export type ReadParameter = <T = unknown>(name: string, itemIndex: number, fallback?: T) => T;

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
 */
export function createParameterReader(ctx: IExecuteFunctions): ReadParameter {
	const parameters = ctx.getNode().parameters;
	const constants = new Map<string, unknown>();
	return <T>(name: string, itemIndex: number, fallback?: T): T => {
		const key = `${name}\u0000${JSON.stringify(fallback ?? null)}`;
		if (constants.has(key)) return constants.get(key) as T;
		const value = ctx.getNodeParameter(
			name,
			itemIndex,
			fallback as NodeParameterValueType | undefined,
		) as T;
		if (!holdsExpression(rawValue(parameters, name))) constants.set(key, value);
		return value;
	};
}
