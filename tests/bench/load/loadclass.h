#pragma once

#include "servicefixture.h"

#include <QStringList>

namespace lectern::load {

// A live session with `participants` enrolled, joined students who can sign in with
// `password`, seeded in bulk into the fixture's database.
struct LoadClass {
    test::ServiceFixture::LiveClass live;
    QStringList studentEmails;
    QString password;
};

LoadClass seedLoadClass(test::ServiceFixture& fixture, int participants);

} // namespace lectern::load
