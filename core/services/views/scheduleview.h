#pragma once

#include "domain/sessionquery.h"
#include "domain/views/schedule.h"
#include "services/servicecontext.h"
#include "storage/sessionrepository.h"

namespace lectern::views {

// The sessions of `query` the actor may see, with their courses, the actor's running or next
// session, and what the actor may do: which sessions they run, which courses they schedule
// for and, for admins, who may host.
Result<Schedule> readSchedule(const ServiceContext& context, const User& actor,
                              const SessionQuery& query);

// The filter of the services for a view's query.
SessionFilter sessionFilter(const User& actor, const SessionQuery& query);

} // namespace lectern::views
