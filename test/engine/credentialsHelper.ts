import {
	ICredentialsHelper,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type ICredentialType,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeProperties,
	type IRequestOptionsSimplified,
	type IWorkflowExecuteAdditionalData,
	type Workflow,
} from 'n8n-workflow';

export type TestCredentials = Record<string, ICredentialDataDecryptedObject>;

/**
 * Resolves credentials as n8n's CLI does for a node: the stored data (with the credential
 * type's defaults), and the type's generic `authenticate` applied to the real request, its
 * `={{$credentials.x}}` expressions evaluated by the workflow's own expression engine.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly credentials: TestCredentials,
		private readonly credentialTypes: Record<string, ICredentialType>,
	) {
		super();
	}

	/** Token refreshes n8n saved, per credential type, in order. */
	readonly savedTokens: Record<string, ICredentialDataDecryptedObject[]> = {};

	/** `extends`, transitively, as n8n's CredentialTypes gives it (OAuth2 types extend oAuth2Api). */
	getParentTypes(type: string): string[] {
		const parents = this.credentialTypes[type]?.extends ?? [];
		return parents.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const options = requestOptions as IHttpRequestOptions;
		const authenticate = this.credentialTypes[typeName]?.authenticate;
		if (!authenticate) return options;
		if (typeof authenticate === 'function') return await authenticate(credentials, options);
		if (authenticate.type !== 'generic') return options;
		const resolve = (value: unknown) =>
			workflow.expression.getSimpleParameterValue(
				node,
				value as string,
				'internal',
				{ $credentials: credentials },
				undefined,
				'',
			);
		for (const [target, entries] of Object.entries(authenticate.properties)) {
			const resolved: Record<string, unknown> = {};
			for (const [key, value] of Object.entries(entries as Record<string, unknown>)) {
				resolved[String(resolve(key))] = resolve(value);
			}
			const current = (options as unknown as Record<string, Record<string, unknown>>)[target];
			(options as unknown as Record<string, unknown>)[target] = { ...current, ...resolved };
		}
		return options;
	}

	async preAuthentication(
		_helpers: IHttpRequestHelper,
		_credentials: ICredentialDataDecryptedObject,
	): Promise<undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by these tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.credentials[type];
		if (!data) throw new Error(`No test credentials of type ${type} (${nodeCredentials.name})`);
		return { ...this.defaultsOf(type), ...data };
	}

	async updateCredentials(): Promise<void> {}

	/** n8n calls this after refreshing an OAuth2 token: later requests must use the new one. */
	async updateCredentialsOauthTokenData(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		const token = data.oauthTokenData as ICredentialDataDecryptedObject;
		this.credentials[type] = { ...this.credentials[type], oauthTokenData: token };
		(this.savedTokens[type] ??= []).push(token);
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.credentialTypes[type]?.properties ?? [];
	}

	private defaultsOf(type: string): ICredentialDataDecryptedObject {
		const defaults: ICredentialDataDecryptedObject = {};
		for (const property of this.getCredentialsProperties(type)) {
			defaults[property.name] = property.default as ICredentialDataDecryptedObject[string];
		}
		return defaults;
	}
}
