/* ch-session.h: one session of a workshop
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-entity.h"

G_BEGIN_DECLS

#define CH_TYPE_SESSION (ch_session_get_type())

G_DECLARE_FINAL_TYPE (ChSession, ch_session, CH, SESSION, ChEntity)

ChSession  *ch_session_new             (const char *id,
                                        const char *title,
                                        const char *date);
const char *ch_session_get_title       (ChSession  *self);
const char *ch_session_get_date        (ChSession  *self);
const char *ch_session_get_facilitator (ChSession  *self);
const char *ch_session_get_agenda      (ChSession  *self);
gboolean    ch_session_get_anonymous   (ChSession  *self);

G_END_DECLS
