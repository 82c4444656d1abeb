#pragma once

#include <chrono>

#include "hublimits.h"
#include "services/authservice.h"

#include <QHash>
#include <QHttpServer>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <unordered_map>

class QTcpSocket;

namespace lectern::hub {

// How long a console's "keep me signed in" lasts.
inline constexpr std::chrono::days keptSignInLifetime{30};

// POST /api/auth/login and /api/auth/logout. A sign-in spends a third of a second on PBKDF2,
// and a class signs in all at once at nine: it runs on a thread pool, with its own database
// connection, and is answered when done, so the hub keeps serving everyone else meanwhile.
class SignInRoutes : public QObject {
    Q_OBJECT

public:
    SignInRoutes(ServiceContext context, LoginThrottle& throttle, QObject* parent = nullptr);
    ~SignInRoutes() override;

    void addTo(QHttpServer& server);
    // Sign-ins being checked, answered or not.
    qsizetype pending() const;

private:
    struct Pending {
        QPointer<QTcpSocket> socket;
        std::unique_ptr<QHttpServerResponder> responder;
    };

    void signIn(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void finish(quint64 id, const QString& address, const QString& email,
                const Result<SignIn>& result);
    void finishNow(const QString& email, const QString& password, const QString& address,
                   std::chrono::seconds lifetime, QHttpServerResponder&& responder);

    ServiceContext m_context;
    LoginThrottle& m_throttle;
    std::unordered_map<quint64, Pending> m_pending; // responders move, never copy
    QHash<QString, int> m_inFlight;                 // sign-ins running, by address, answered or not
    quint64 m_lastId = 0;
    QThreadPool m_pool; // last: destroyed (and waited for) first
};

} // namespace lectern::hub
