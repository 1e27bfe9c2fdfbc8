package org.reachback.launcher.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy between the services and the broker or the database that can cut every connection
 * through it at once, as a network fault, a firewall's idle reaping or a fail-over would: the peers
 * see their sockets close mid-request and must reconnect. Written here because Toxiproxy, the usual
 * tool, is a Go server that neither Maven Central nor Debian provides on this machine; forwarding
 * bytes and closing sockets is all the campaign needs.
 */
final class TcpProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private final ExecutorService pipes = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "tcp-proxy");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean closed;

	private TcpProxy(ServerSocket server, int target) {
		this.server = server;
		this.target = target;
	}

	/** Listens on {@code port} of the loopback address and forwards every connection to {@code target}. */
	static TcpProxy start(int port, int target) throws IOException {
		ServerSocket server = new ServerSocket();
		server.setReuseAddress(true);
		server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		TcpProxy proxy = new TcpProxy(server, target);
		proxy.pipes.execute(proxy::accept);
		return proxy;
	}

	int port() {
		return server.getLocalPort();
	}

	/** Closes every connection through the proxy; new ones are accepted again at once. */
	int cut() {
		int cut = 0;
		for (Socket socket : open) {
			if (open.remove(socket)) {
				closeQuietly(socket);
				cut++;
			}
		}
		return cut / 2;
	}

	private void accept() {
		while (!closed) {
			try {
				Socket client = server.accept();
				Socket upstream = new Socket();
				try {
					upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target), 2000);
				}
				catch (IOException down) {
					closeQuietly(client);
					closeQuietly(upstream);
					continue;
				}
				client.setTcpNoDelay(true);
				upstream.setTcpNoDelay(true);
				open.add(client);
				open.add(upstream);
				pipes.execute(() -> pipe(client, upstream));
				pipes.execute(() -> pipe(upstream, client));
			}
			catch (IOException ex) {
				if (closed) {
					return;
				}
			}
		}
	}

	/** Copies one direction until either side closes, then closes both, as a TCP proxy does. */
	private void pipe(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				out.write(buffer, 0, read);
			}
		}
		catch (IOException closedOrCut) {
			// the connection ends either way
		}
		finally {
			open.remove(from);
			open.remove(to);
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		closed = true;
		server.close();
		cut();
		pipes.shutdownNow();
	}

}
