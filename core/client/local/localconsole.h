#pragma once

#include "client/forwardedcalls.h"
#include "hubplacement.h"
#include "services/servicecontext.h"

#include <memory>

namespace lectern::hub {
class HubThread;
}

namespace lectern::client {

// The console's door on this computer: the services in process, on the embedded SQLite file
// (or, for an admin on the server itself, PostgreSQL directly). Each call runs on a worker
// thread with its own database connection.
class LocalConsole final : public ForwardedCalls<LocalConsole> {
    Q_OBJECT

public:
    LocalConsole(ServiceContext context, User user, HubPlacement placement = {},
                 QObject* parent = nullptr);
    ~LocalConsole() override;

    // Where the next participant page listens (one being served keeps its address).
    void setHubPlacement(HubPlacement placement) { m_placement = placement; }

    QDateTime now() const override;
    QString placeText() const override;
    QFuture<void> signOut() override;
    bool maySetAgoraKeys() const override;

    Result<QString> participantPage() override;
    QStringList participantPageAddresses() const override;
    void stopServingPage() override;

    QFuture<Result<ExportedFile>> exportCourse(const CourseExport& request) override;

private:
    // Runs `work(context, user)` on a worker thread.
    // Runs `Call` for the user on a worker thread.
    friend class ForwardedCalls<LocalConsole>;
    template <typename Call, typename... A>
    QFuture<wire::call::Outcome<Call>> call(const A&... arguments) const;

    ServiceContext m_context;
    HubPlacement m_placement;
    std::unique_ptr<hub::HubThread> m_hub; // the participant page, while served
    QStringList m_pageAddresses;
};

// Instantiated once, in localconsole.cpp, where call() is.
extern template class ForwardedCalls<LocalConsole>;

} // namespace lectern::client
