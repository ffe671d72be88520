import type { ExecutionLifecycleHooks } from 'n8n-core';
import type { ICredentialType, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { TestCredentialsHelper, type TestCredentials } from './credentialsHelper';

/** What n8n's CLI hands an execution, reduced to what nodes of this package can reach. */
export function createAdditionalData(
	credentials: TestCredentials,
	credentialTypes: Record<string, ICredentialType>,
	executionId: string,
	hooks?: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: new TestCredentialsHelper(credentials, credentialTypes),
		hooks,
		executionId,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		variables: {},
		currentNodeParameters: undefined,
		userId: 'test-user',
		setExecutionStatus: () => {},
		sendDataToUI: () => {},
		logAiEvent: () => {},
		executeWorkflow: async () => {
			throw new Error('sub-workflows are not used by these tests');
		},
		getRunExecutionData: async () => undefined,
		externalSecretsProxy: { getSecret: () => undefined, hasProvider: () => false },
	} as unknown as IWorkflowExecuteAdditionalData;
}
