/**
 * ImagineArt's app credits through n8n's engine, as a real user reaches them: an OAuth2 token
 * n8n refreshes, an organization on every read, and the balance in each shape ImagineArt may send.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { runWorkflow } from '../engine/runWorkflow';
import { useSandbox } from '../engine/sandboxLifecycle';
import {
	chain,
	fixedItems,
	manualTrigger,
	packageNode,
	sandboxCredentials,
} from '../engine/workflows';
import { DEFAULT_IMAGINE_ART_ORG_ID, SECOND_IMAGINE_ART_ORG_ID } from '../sandbox/server';

const sandbox = useSandbox();

async function checkBalance(
	parameters: INodeParameters = {},
	credentials = sandboxCredentials(sandbox),
) {
	const node = packageNode('Balance', 'aiCredits', {
		resource: 'imagineArt',
		operation: 'checkBalance',
		...parameters,
	});
	const result = await runWorkflow(chain(manualTrigger(), fixedItems('Rows', [{ row: 1 }]), node), {
		credentials,
	});
	return {
		...result,
		balance: result.outputs.Balance?.[0]?.[0]?.json.creditBalance as IDataObject,
	};
}

const appReads = () =>
	sandbox.requests.filter((r) => r.provider === 'imagineArt' && r.host !== 'auth');

describe('ImagineArt Check Balance (OAuth2, organizations, real balance shapes)', () => {
	it('reads the primary organization, with the Bearer token, and passes the token entries on as they came', async () => {
		sandbox.setCredits('imagineArt', sandbox.keys.imagineArt, {
			free: 40,
			subscription: 1200,
			topUp: 300,
		});
		const { balance, error } = await checkBalance();
		expect(error).toBeUndefined();
		expect(balance).toMatchObject({
			provider: 'imagineArt',
			remaining: 1540,
			source: 'balanceEndpoint',
			organizationId: DEFAULT_IMAGINE_ART_ORG_ID,
			tokens: expect.arrayContaining([expect.objectContaining({ balance: 1200 })]),
		});
		// No entry says its kind, so no breakdown is made up.
		expect(balance).not.toHaveProperty('breakdown');
		const [orgs, credit] = appReads();
		expect(orgs).toMatchObject({ host: 'teams', path: '/v1/org' });
		expect(credit).toMatchObject({
			path: '/v1/credit',
			query: { org_id: DEFAULT_IMAGINE_ART_ORG_ID },
		});
		expect(credit.headers.authorization).toMatch(/^Bearer /);
	});

	it('breaks the total down where the entries name their kind', async () => {
		sandbox.setImagineArtCreditShape('typed');
		sandbox.setCredits('imagineArt', sandbox.keys.imagineArt, {
			free: 40,
			subscription: 1200,
			topUp: 300,
			subscriptionActive: true,
		});
		const { balance } = await checkBalance();
		expect(balance).toMatchObject({
			remaining: 1540,
			breakdown: { free: 40, subscription: 1200, topUp: 300 },
			subscriptionActive: true,
		});
		expect(balance).not.toHaveProperty('tokens');
	});

	it('gives the total alone when that is all ImagineArt sends (the documented shape)', async () => {
		sandbox.setImagineArtCreditShape('totalOnly');
		const { balance } = await checkBalance();
		expect(balance.remaining).toEqual(expect.any(Number));
		expect(balance).not.toHaveProperty('breakdown');
		expect(balance).not.toHaveProperty('tokens');
	});

	it('reads the organization chosen, and explains one the account is not in', async () => {
		const chosen = await checkBalance({
			organizationId: { __rl: true, mode: 'list', value: SECOND_IMAGINE_ART_ORG_ID },
		});
		expect(chosen.error).toBeUndefined();
		expect(chosen.balance.organizationId).toBe(SECOND_IMAGINE_ART_ORG_ID);
		expect(appReads().map((r) => r.path)).toEqual(['/v1/credit']);

		const foreign = await checkBalance({
			organizationId: { __rl: true, mode: 'id', value: 'org-someone-else' },
		});
		expect(foreign.error?.message).toMatch(
			/ImagineArt refused the request \(403\): .*not a member/,
		);
	});

	it('after a 401 n8n refreshes the token, saves it, and the read goes through once', async () => {
		const credentials = sandboxCredentials(sandbox);
		const before = (credentials.aiCreditsImagineArtOAuth2Api.oauthTokenData as IDataObject)
			.access_token;
		sandbox.expireImagineArtAccessTokens(401);
		const { balance, error } = await checkBalance({}, credentials);
		expect(error).toBeUndefined();
		expect(balance.remaining).toEqual(expect.any(Number));
		const refreshes = sandbox.requests.filter((r) => r.host === 'auth');
		expect(refreshes).toHaveLength(1);
		expect(refreshes[0].body).toMatchObject({ grant_type: 'refresh_token' });
		const after = (credentials.aiCreditsImagineArtOAuth2Api.oauthTokenData as IDataObject)
			.access_token;
		expect(after).not.toBe(before);
		const lastRead = appReads().at(-1);
		expect(lastRead?.headers.authorization).toBe(`Bearer ${String(after)}`);
	});

	it('an expired sign-in (406, code 1002) says to reconnect the credential, and the token is in no message', async () => {
		const credentials = sandboxCredentials(sandbox);
		const token = (credentials.aiCreditsImagineArtOAuth2Api.oauthTokenData as IDataObject)
			.access_token as string;
		sandbox.expireImagineArtAccessTokens(406);
		const { error } = await checkBalance({}, credentials);
		expect(error?.message).toMatch(/^The ImagineArt sign-in has expired \(1002\)/);
		expect(error?.description).toMatch(/Reconnect the ImagineArt OAuth2 credential/);
		expect(JSON.stringify(error)).not.toContain(token);
	});

	it('retries a 502 and a dropped connection on the balance read', async () => {
		sandbox.injectFault({
			provider: 'imagineArt',
			path: '/v1/credit',
			kind: 'status',
			status: 502,
		});
		sandbox.injectFault({ provider: 'imagineArt', path: '/v1/credit', kind: 'drop' });
		const { balance, error } = await checkBalance();
		expect(error).toBeUndefined();
		expect(balance.provider).toBe('imagineArt');
		expect(appReads().filter((r) => r.path === '/v1/credit')).toHaveLength(3);
	});

	it('a developer key has no balance: a clear error, and nothing is sent', async () => {
		const { error } = await checkBalance({ authentication: 'apiKey' });
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe("ImagineArt's developer API has no balance to read");
		expect(error?.description).toMatch(/set Authentication to OAuth2/);
		expect(sandbox.requests).toHaveLength(0);
	});
});

describe('ImagineArt sign-in that cannot be renewed', () => {
	it('a refused refresh says to reconnect the credential, and no token is in the error', async () => {
		const credentials = sandboxCredentials(sandbox, {
			aiCreditsImagineArtOAuth2Api: {
				oauthTokenData: {
					access_token: 'at-unknown-to-imagineart-0001',
					refresh_token: 'rt-unknown-to-imagineart-0001',
					token_type: 'Bearer',
				},
			},
		});
		const { error } = await checkBalance({}, credentials);
		expect(error?.message).toBe(
			'ImagineArt did not renew the sign-in: it refused the saved refresh token',
		);
		expect(error?.description).toMatch(/Reconnect the ImagineArt OAuth2 credential/);
		expect(JSON.stringify(error)).not.toMatch(/at-unknown|rt-unknown/);
	});
});
