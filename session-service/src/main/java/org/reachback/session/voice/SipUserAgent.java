package org.reachback.session.voice;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TooManyListenersException;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;

import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SdpFactory;
import javax.sdp.SessionDescription;
import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionState;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.SipStackExt;
import gov.nist.javax.sip.clientauthutils.AccountManager;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import gov.nist.javax.sip.clientauthutils.UserCredentials;

import org.reachback.session.sessions.CallPlan;
import org.reachback.session.sessions.CallProgress;
import org.reachback.session.voice.Leg.Party;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * session-service's SIP user agent: one JAIN-SIP stack listening on {@code reachback.sip.host:port}
 * (UDP and TCP), which sends the INVITEs, ACKs, CANCELs and BYEs of every {@link ThirdPartyCall}
 * and routes what comes back to the call by its Call-ID. Requests leave through the outbound proxy
 * when one is configured; a 401 or 407 is answered once with the trunk's digest credentials.
 */
@Component
class SipUserAgent implements SipListener, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SipUserAgent.class);

	/** The SIP stack's own log lines go to this logger (it names them by the stack). */
	static final String STACK_NAME = "org.reachback.session.voice.sip-stack";

	private final SipSettings settings;

	private final CallProgress progress;

	private final Map<String, Routed> byCallId = new ConcurrentHashMap<>();

	private final Map<UUID, ThirdPartyCall> bySession = new ConcurrentHashMap<>();

	private volatile SipStack stack;

	private SipProvider provider;

	private AddressFactory addresses;

	private HeaderFactory headers;

	private MessageFactory messages;

	private AuthenticationHelper authentication;

	private ScheduledExecutorService timers;

	SipUserAgent(SipSettings settings, CallProgress progress) {
		this.settings = settings;
		this.progress = progress;
	}

	private record Routed(ThirdPartyCall call, Leg leg) {
	}

	SipSettings settings() {
		return settings;
	}

	/** Places an attempt's call; {@code onEnded} runs once when it ends, however it ends. */
	void place(CallPlan plan, Runnable onEnded) {
		Leg agent = new Leg(Party.AGENT, plan.agentPhone(), plan.sessionId(), settings.host());
		Leg customer = new Leg(Party.CUSTOMER, settings.trunk().uriOf(plan.customerPhone()), plan.sessionId(),
				settings.host());
		ThirdPartyCall call = new ThirdPartyCall(plan, agent, customer, this, progress, () -> {
			bySession.remove(plan.sessionId());
			// the legs' Call-IDs stay routable until the phones' last answers (to a BYE, a CANCEL) are in
			timers.schedule(() -> {
				byCallId.remove(agent.callId);
				byCallId.remove(customer.callId);
			}, 64, TimeUnit.SECONDS);
			onEnded.run();
		});
		bySession.put(plan.sessionId(), call);
		byCallId.put(agent.callId, new Routed(call, agent));
		byCallId.put(customer.callId, new Routed(call, customer));
		call.start();
	}

	/** Hangs up a session's call, if this user agent has it under way. */
	void hangUp(UUID sessionId) {
		Optional.ofNullable(bySession.get(sessionId)).ifPresent(ThirdPartyCall::hangUp);
	}

	/** Calls under way now: being set up or connected. */
	int callsUnderWay() {
		return bySession.size();
	}

	// --- what calls send

	void invite(Leg leg, byte[] offer) throws SipSendException {
		try {
			URI target = addresses.createURI(leg.uri);
			String transport = target instanceof SipURI sip && sip.getTransportParam() != null
					? sip.getTransportParam().toLowerCase(Locale.ROOT) : "udp";
			ListeningPoint point = Optional.ofNullable(provider.getListeningPoint(transport))
				.orElse(provider.getListeningPoints()[0]);
			Address from = addresses.createAddress("sip:" + settings.user() + "@" + settings.host() + ":" + point.getPort());
			List<ViaHeader> via = new ArrayList<>(List.of(headers.createViaHeader(settings.host(), point.getPort(),
					point.getTransport(), null)));
			Request invite = messages.createRequest(target, Request.INVITE, headers.createCallIdHeader(leg.callId),
					headers.createCSeqHeader(1L, Request.INVITE),
					headers.createFromHeader(from, Long.toHexString(ThreadLocalRandom.current().nextLong())),
					headers.createToHeader(addresses.createAddress(target), null), via,
					headers.createMaxForwardsHeader(70));
			SipURI contact = addresses.createSipURI(settings.user(), settings.host());
			contact.setPort(point.getPort());
			contact.setTransportParam(point.getTransport());
			invite.addHeader(headers.createContactHeader(addresses.createAddress(contact)));
			if (offer != null) {
				invite.setContent(offer, headers.createContentTypeHeader("application", "sdp"));
			}
			leg.invite = provider.getNewClientTransaction(invite);
			leg.invite.sendRequest();
		}
		catch (ParseException | InvalidArgumentException | SipException ex) {
			throw new SipSendException(ex.getMessage(), ex);
		}
	}

	/** Answers a digest challenge with the trunk's credentials; {@code false} if there are none. */
	boolean answerChallenge(Leg leg, ResponseEvent challenge) {
		if (!settings.trunk().authenticates()) {
			return false;
		}
		try {
			leg.invite = authentication.handleChallenge(challenge.getResponse(), challenge.getClientTransaction(),
					provider, 5);
			leg.invite.sendRequest();
			return true;
		}
		catch (SipException ex) {
			log.warn("{}: could not answer the digest challenge: {}", leg, ex.getMessage());
			return false;
		}
	}

	/** Acknowledges the leg's answer, with our answer to its offer when it made one. */
	void ack(Leg leg, byte[] answer) {
		try {
			Request ack = leg.dialog.createAck(leg.answeredSeq);
			if (answer != null) {
				ack.setContent(answer, headers.createContentTypeHeader("application", "sdp"));
			}
			leg.dialog.sendAck(ack);
		}
		catch (SipException | InvalidArgumentException | ParseException ex) {
			log.warn("{}: could not send the ACK: {}", leg, ex.getMessage());
		}
	}

	void bye(Leg leg) {
		try {
			Request bye = leg.dialog.createRequest(Request.BYE);
			leg.dialog.sendRequest(provider.getNewClientTransaction(bye));
		}
		catch (SipException ex) {
			log.warn("{}: could not send the BYE: {}", leg, ex.getMessage());
		}
	}

	/** @return whether a CANCEL went out; not before the phone answered provisionally */
	boolean cancel(Leg leg) {
		try {
			if (leg.invite == null || leg.invite.getState() == null
					|| leg.invite.getState() == TransactionState.CALLING) {
				return false;
			}
			provider.getNewClientTransaction(leg.invite.createCancel()).sendRequest();
			return true;
		}
		catch (SipException ex) {
			log.debug("{}: nothing to cancel: {}", leg, ex.getMessage());
			return false;
		}
	}

	/**
	 * An answer that accepts none of an offer's media (each stream's port set to 0, as RFC 3264
	 * rejects a stream), for acknowledging a phone we are about to hang up.
	 */
	byte[] refusal(byte[] offer) {
		if (offer == null) {
			return null;
		}
		try {
			SessionDescription description = SdpFactory.getInstance()
				.createSessionDescription(new String(offer, StandardCharsets.US_ASCII));
			for (Object media : description.getMediaDescriptions(false)) {
				((MediaDescription) media).getMedia().setMediaPort(0);
			}
			description.getOrigin().setUsername(settings.user());
			return description.toString().getBytes(StandardCharsets.US_ASCII);
		}
		catch (SdpException ex) {
			log.debug("Not a session description we can refuse: {}", ex.getMessage());
			return null;
		}
	}

	ScheduledFuture<?> schedule(Runnable task, Duration after) {
		return timers.schedule(task, after.toMillis(), TimeUnit.MILLISECONDS);
	}

	static long seqOf(Response response) {
		return ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber();
	}

	// --- what comes back

	@Override
	public void processResponse(ResponseEvent event) {
		Response response = event.getResponse();
		Routed routed = routed(response.getHeader(CallIdHeader.NAME));
		String method = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getMethod();
		if (routed == null || !Request.INVITE.equals(method)) {
			return;
		}
		routed.call().onInviteResponse(routed.leg(), event);
	}

	@Override
	public void processRequest(RequestEvent event) {
		Request request = event.getRequest();
		Routed routed = routed(request.getHeader(CallIdHeader.NAME));
		switch (request.getMethod()) {
			case Request.BYE -> {
				respond(event, routed == null ? Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST : Response.OK);
				if (routed != null) {
					routed.call().onBye(routed.leg());
				}
			}
			case Request.ACK, Request.CANCEL -> {
				// ACKs of our answers need no reply; nobody calls us, so there is nothing to cancel
			}
			case Request.OPTIONS -> respond(event, Response.OK);
			case Request.INVITE -> respond(event, routed == null ? Response.FORBIDDEN : Response.NOT_ACCEPTABLE_HERE);
			default -> respond(event, Response.METHOD_NOT_ALLOWED);
		}
	}

	@Override
	public void processTimeout(TimeoutEvent event) {
		if (event.isServerTransaction() || event.getClientTransaction() == null) {
			return;
		}
		Request request = event.getClientTransaction().getRequest();
		Routed routed = routed(request.getHeader(CallIdHeader.NAME));
		if (routed != null && Request.INVITE.equals(request.getMethod())) {
			routed.call().onTransportFailure(routed.leg(), "no response to the INVITE (" + event.getTimeout() + ")");
		}
	}

	@Override
	public void processIOException(IOExceptionEvent event) {
		log.warn("SIP transport error towards {}:{} over {}", event.getHost(), event.getPort(), event.getTransport());
	}

	@Override
	public void processTransactionTerminated(TransactionTerminatedEvent event) {
	}

	@Override
	public void processDialogTerminated(DialogTerminatedEvent event) {
	}

	private Routed routed(Object callIdHeader) {
		return callIdHeader instanceof CallIdHeader callId ? byCallId.get(callId.getCallId()) : null;
	}

	private void respond(RequestEvent event, int status) {
		try {
			ServerTransaction transaction = event.getServerTransaction() != null ? event.getServerTransaction()
					: provider.getNewServerTransaction(event.getRequest());
			transaction.sendResponse(messages.createResponse(status, event.getRequest()));
		}
		catch (SipException | InvalidArgumentException | ParseException ex) {
			log.debug("Could not answer {} with {}: {}", event.getRequest().getMethod(), status, ex.getMessage());
		}
	}

	// --- lifecycle

	@Override
	public void start() {
		try {
			SipFactory factory = SipFactory.getInstance();
			factory.setPathName("gov.nist");
			Properties properties = new Properties();
			properties.setProperty("javax.sip.STACK_NAME", STACK_NAME);
			if (settings.outboundProxy() != null && !settings.outboundProxy().isBlank()) {
				properties.setProperty("javax.sip.OUTBOUND_PROXY", settings.outboundProxy().trim());
			}
			SipStack created = factory.createSipStack(properties);
			addresses = factory.createAddressFactory();
			headers = factory.createHeaderFactory();
			messages = factory.createMessageFactory();
			for (String transport : settings.transports()) {
				ListeningPoint point = created.createListeningPoint(settings.listenAddress(), settings.port(), transport);
				if (provider == null) {
					provider = created.createSipProvider(point);
				}
				else {
					provider.addListeningPoint(point);
				}
			}
			provider.addSipListener(this);
			authentication = ((SipStackExt) created).getAuthenticationHelper(new TrunkAccount(), headers);
			timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
				Thread thread = new Thread(runnable, "sip-timers");
				thread.setDaemon(true);
				return thread;
			});
			created.start();
			stack = created;
			log.info("SIP user agent listening on {}:{} ({}) as {}; customers are called through {}",
					settings.listenAddress(), settings.port(), String.join(", ", settings.transports()),
					settings.host(), settings.trunk().address());
		}
		catch (SipException | InvalidArgumentException | TooManyListenersException ex) {
			throw new IllegalStateException("The SIP user agent could not listen on " + settings.host() + ":"
					+ settings.port() + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void stop() {
		SipStack running = stack;
		stack = null;
		if (running != null) {
			running.stop();
			timers.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return stack != null;
	}

	/** The trunk's credentials, for any realm that challenges. */
	private final class TrunkAccount implements AccountManager {

		@Override
		public UserCredentials getCredentials(ClientTransaction challenged, String realm) {
			SipSettings.Trunk trunk = settings.trunk();
			return new UserCredentials() {

				@Override
				public String getUserName() {
					return trunk.username();
				}

				@Override
				public String getPassword() {
					return trunk.password();
				}

				@Override
				public String getSipDomain() {
					return realm;
				}

			};
		}

	}

}
