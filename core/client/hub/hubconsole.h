#pragma once

#include "client/forwardedcalls.h"
#include "serverconnection.h"
#include "serverevents.h"

namespace lectern::client {

// The console's door to a lectern-server: every call is a request to /api/console/ with the
// user's own token (the server runs it as the local console would, with the same checks), and
// the changes come through one live channel. Nothing of the database is here.
class HubConsole final : public ForwardedCalls<HubConsole> {
    Q_OBJECT

public:
    // `clockOffsetMs`: how far the server's clock is ahead of this desktop's, as signing in
    // found it (every answer updates it).
    HubConsole(ServerAddress address, QString token, User user, qint64 clockOffsetMs = 0,
               QObject* parent = nullptr);
    ~HubConsole() override;

    QDateTime now() const override;
    QString placeText() const override;
    QFuture<void> signOut() override;
    bool maySetAgoraKeys() const override;

    Result<QString> participantPage() override;
    QStringList participantPageAddresses() const override;
    void stopServingPage() override;

    QFuture<Result<ExportedFile>> exportCourse(const CourseExport& request) override;

private:
    friend class ForwardedCalls<HubConsole>;
    template <typename Call, typename... A>
    QFuture<wire::call::Outcome<Call>> call(const A&... arguments);

    ServerConnection m_connection;
    ServerEvents m_events;
    bool m_signingOut = false;
};

// Instantiated once, in hubconsole.cpp, where call() is.
extern template class ForwardedCalls<HubConsole>;

} // namespace lectern::client
