/* ch-timer-button.h: the timer in the header bar, and its controls
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-timer.h"

G_BEGIN_DECLS

#define CH_TYPE_TIMER_BUTTON (ch_timer_button_get_type())

G_DECLARE_FINAL_TYPE (ChTimerButton, ch_timer_button, CH, TIMER_BUTTON, AdwBin)

ChTimer *ch_timer_button_get_timer (ChTimerButton *self);
void     ch_timer_button_set_timer (ChTimerButton *self,
                                    ChTimer       *timer);

G_END_DECLS
