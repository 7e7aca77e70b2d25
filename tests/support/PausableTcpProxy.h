#pragma once

// A TCP port on 127.0.0.1 that forwards every connection to a PostgreSQL server's unix
// socket, and can be paused: while paused it accepts and keeps connections but moves no
// byte either way, like a network that has gone silent (the kernel still accepts what a
// client sends, so only a deadline of the client's own notices). Resuming forwards what
// was held back. Runs on a thread of its own, so a test thread blocked on a query does
// not stop it.
#include <QByteArray>
#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

namespace charter::test {

class PausableTcpProxy {
public:
    explicit PausableTcpProxy(QString unixSocketPath)
        : m_target(unixSocketPath.toLocal8Bit())
    {
    }
    ~PausableTcpProxy()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        for (const Link &link : m_links) {
            ::close(link.client);
            ::close(link.server);
        }
        if (m_listener >= 0)
            ::close(m_listener);
    }
    PausableTcpProxy(const PausableTcpProxy &) = delete;
    PausableTcpProxy &operator=(const PausableTcpProxy &) = delete;

    bool start()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0
            || ::listen(m_listener, 16) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return false;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { run(); });
        return true;
    }

    quint16 port() const { return m_port; }
    void pause() { m_paused = true; }
    void resume() { m_paused = false; }
    int connectionsAccepted() const { return m_accepted; }

private:
    struct Link {
        int client;
        int server;
    };

    int connectToTarget() const
    {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, m_target.constData(), sizeof address.sun_path - 1);
        if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0)
            return fd;
        if (fd >= 0)
            ::close(fd);
        return -1;
    }

    // Copies what FROM has to TO; false when FROM has ended.
    static bool pump(int from, int to)
    {
        char buffer[65536];
        const ssize_t got = ::recv(from, buffer, sizeof buffer, 0);
        if (got <= 0)
            return false;
        for (ssize_t sent = 0; sent < got;) {
            const ssize_t n = ::send(to, buffer + sent, size_t(got - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }

    void run()
    {
        while (!m_stop) {
            std::vector<pollfd> waits{{m_listener, POLLIN, 0}};
            const bool paused = m_paused;
            if (!paused) {
                for (const Link &link : m_links) {
                    waits.push_back({link.client, POLLIN, 0});
                    waits.push_back({link.server, POLLIN, 0});
                }
            }
            if (::poll(waits.data(), waits.size(), 50) <= 0)
                continue;
            if (waits[0].revents & POLLIN) {
                const int client = ::accept(m_listener, nullptr, nullptr);
                const int server = client >= 0 ? connectToTarget() : -1;
                if (server >= 0) {
                    m_links.push_back({client, server});
                    ++m_accepted;
                } else if (client >= 0) {
                    ::close(client);
                }
            }
            if (paused)
                continue;
            std::vector<Link> kept;
            for (size_t i = 0; i + 1 < waits.size(); i += 2) {
                const Link link = m_links[i / 2];
                bool alive = true;
                if (waits[i + 1].revents)
                    alive = pump(link.client, link.server);
                if (alive && waits[i + 2].revents)
                    alive = pump(link.server, link.client);
                if (alive) {
                    kept.push_back(link);
                } else {
                    ::close(link.client);
                    ::close(link.server);
                }
            }
            // Links accepted in this round were not polled yet: keep them.
            kept.insert(kept.end(), m_links.begin() + (waits.size() - 1) / 2, m_links.end());
            m_links = std::move(kept);
        }
    }

    QByteArray m_target;
    int m_listener = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_stop = false;
    std::atomic<bool> m_paused = false;
    std::atomic<int> m_accepted = 0;
    std::vector<Link> m_links; // the proxy thread's only
};

} // namespace charter::test
