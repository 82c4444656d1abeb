#pragma once

#include "client/consoleapi.h"
#include "domain/views/liveclass.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace lectern::ui {

// The top of the live session: its title and platform, how long it has run and has left, how
// full it is, where students join, and the buttons to join the meeting and to end the class.
class LiveSessionHeader : public QWidget {
    Q_OBJECT

public:
    explicit LiveSessionHeader(client::ConsoleApi& api, QWidget* parent = nullptr);

    // Shows `session` with what the user may do in it; none stops the clock.
    void showSession(const std::optional<LiveSession>& session, const SessionRights& rights);
    // The participant page's addresses (none: not served); several when this computer is on
    // several networks, to choose from.
    void setAddresses(const QStringList& addresses);
    // The address chosen to copy and show as a QR code.
    QString chosenAddress() const;

    QPushButton* joinButton() const { return m_join; }
    // Puts `button` in the header's row of buttons, before Join.
    void addButton(QWidget* button);

public Q_SLOTS:
    // Opens the meeting link; for Agora, copies the channel and a fresh token.
    void join();
    // Asks, then ends the session through the core.
    void endSession();
    // The chosen address as a QR code, in a dialog.
    void showJoinCode();

Q_SIGNALS:
    void ended(lectern::Id sessionId);
    // The host's Agora channel and token were copied to the clipboard.
    void agoraJoinReady(const lectern::AgoraJoin& join);
    // The core refused what was asked, in its words.
    void failed(const QString& message);
    // A request went out: an earlier failure no longer stands.
    void asked();

private:
    void updateClock();

    client::ConsoleApi& m_api;
    std::optional<LiveSession> m_session;
    QStringList m_addresses;
    QLabel* m_title;
    QLabel* m_details;
    QLabel* m_clock;
    QProgressBar* m_capacity;
    QLabel* m_seats;
    QLabel* m_addressLine;
    QComboBox* m_addressChoice;
    QPushButton* m_copyAddress;
    QPushButton* m_showCode;
    QPushButton* m_join;
    QPushButton* m_end;
    QTimer* m_tick;
};

} // namespace lectern::ui
