/**
 * What both pages share around their content: the sign-in form, the identity and sign-out in the top bar, the
 * banners for the CTI link and the event stream, and the activity log where answers and refusals are shown.
 */
import { CtiClient, ProblemError, watchLink } from './cti-client.js';

const byId = (id) => document.getElementById(id);

/** Describes a failed request for a person: the problem's detail, or why the server could not be reached. */
export function describeFailure(error) {
  if (error instanceof ProblemError) {
    return `${error.status} ${error.problem.title || ''}: ${error.message}`.replace(/\s+:/, ':');
  }
  if (error && error.name === 'AbortError') return 'no answer from the server in time';
  return `the server cannot be reached (${error && error.message ? error.message : error})`;
}

/** Adds a line on top of the activity log (bounded, newest first). */
export function logActivity(text, kind = 'info') {
  const log = byId('activity');
  if (!log) return;
  const item = document.createElement('li');
  item.className = `activity-${kind}`;
  const time = document.createElement('time');
  time.textContent = new Date().toLocaleTimeString();
  item.append(time, ` ${text}`);
  log.prepend(item);
  while (log.children.length > 50) log.lastElementChild.remove();
}

/** Runs an action from a button: disables it meanwhile, logs the outcome. */
export async function perform(description, action, button) {
  if (button) button.disabled = true;
  try {
    const result = await action();
    logActivity(`${description}: done`);
    return result;
  } catch (error) {
    logActivity(`${description} failed — ${describeFailure(error)}`, 'error');
    return undefined;
  }
}

function showLink(link, error) {
  const banner = byId('link-banner');
  let message = null;
  if (error) {
    message = `CTI OS cannot be reached: ${describeFailure(error)}`;
  } else if (!link.connected) {
    message = 'The CTI link is down: the server is reconnecting to the CTI Server. Calls and states shown may be old.';
  } else if (!link.peripheralOnline) {
    message = 'The PBX/ACD is offline: the CTI Server reports the peripheral out of service.';
  } else if (link.resynchronising) {
    message = `The CTI link moved to side ${link.side}: the state is being read again.`;
  }
  banner.hidden = message === null;
  banner.textContent = message || '';
  const indicator = byId('link-indicator');
  if (indicator) {
    indicator.textContent = link && link.connected ? `CTI link up (side ${link.side})` : 'CTI link down';
    indicator.className = `indicator ${link && link.connected && link.peripheralOnline ? 'ok' : 'bad'}`;
  }
}

let streamInterrupted = false;

/** Shows the event stream's state: a banner while it is not open, and a line in the log when it comes back. */
export function showStream(status, detail) {
  if (status === 'reconnecting' || status === 'failed') {
    if (!streamInterrupted) logActivity(`Live events interrupted${detail ? ` (${detail})` : ''}`, 'error');
    streamInterrupted = true;
  } else if (status === 'open' && streamInterrupted) {
    streamInterrupted = false;
    logActivity('Live events resumed: the page shows the current state again');
  }
  const banner = byId('stream-banner');
  const messages = {
    connecting: 'Connecting to the live events…',
    reconnecting: `Live events interrupted, reconnecting${detail ? ` (${detail})` : ''}…`,
    failed: `Live events refused: ${detail}`,
  };
  banner.hidden = status === 'open';
  banner.textContent = messages[status] || '';
  banner.dataset.status = status;
  const indicator = byId('stream-indicator');
  if (indicator) {
    indicator.textContent = status === 'open' ? 'Live' : 'Not live';
    indicator.className = `indicator ${status === 'open' ? 'ok' : 'bad'}`;
  }
}

/**
 * Shows what the server warns about how it runs (GET /api/system/warnings), such as public demo accounts, in a
 * banner that stays while the page is open. A failure to read them is logged, not shown as a warning.
 */
async function showServerWarnings(client) {
  const banner = byId('server-warnings');
  try {
    const { warnings } = await client.get('system/warnings');
    banner.replaceChildren(...warnings.map((warning) => {
      const line = document.createElement('p');
      line.dataset.code = warning.code;
      line.textContent = warning.message;
      return line;
    }));
    banner.hidden = warnings.length === 0;
  } catch (error) {
    logActivity(`The server's warnings could not be read — ${describeFailure(error)}`, 'error');
  }
}

/**
 * Signs in (or reuses this tab's sign-in) and then calls start(client, caller); start may return a function that
 * stops what it started. Sign-out forgets the credentials and shows the form again.
 */
export async function signInThen(start) {
  const form = byId('sign-in');
  const content = byId('content');
  const signOut = byId('sign-out');
  let stopLink = null;
  let stopPage = null;

  const enter = (client, caller) => {
    form.hidden = true;
    content.hidden = false;
    signOut.hidden = false;
    // the link's and the stream's badges mean something only once signed in: hidden on the sign-in form
    for (const indicator of ['link-indicator', 'stream-indicator']) byId(indicator).hidden = false;
    byId('identity').textContent = `Signed in as ${caller.name}`;
    stopLink = watchLink(client, showLink);
    showServerWarnings(client);
    stopPage = start(client, caller);
  };

  signOut.addEventListener('click', () => {
    if (stopLink) stopLink();
    if (typeof stopPage === 'function') stopPage();
    CtiClient.fromSession()?.signOut();
    window.location.reload();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const error = byId('sign-in-error');
    error.textContent = '';
    try {
      const [client, caller] = await CtiClient.signIn(byId('user').value.trim(), byId('password').value);
      byId('password').value = '';
      enter(client, caller);
    } catch (failure) {
      error.textContent = failure instanceof ProblemError && failure.status === 401
        ? 'Wrong user name or password, or the account is disabled.' : describeFailure(failure);
    }
  });

  const saved = CtiClient.fromSession();
  if (saved) {
    try {
      enter(saved, await saved.get('me'));
      return;
    } catch (failure) {
      saved.signOut();
    }
  }
  form.hidden = false;
  byId('user').focus();
}
