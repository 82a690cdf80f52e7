/* ch-session-row.c: one session in the list of sessions
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-session-row"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "ch-session-row.h"

struct _ChSessionRow
{
  AdwBin     parent_instance;

  ChSession *session;

  /* Template widgets */
  GtkLabel  *title_label;
  GtkLabel  *details_label;
};

G_DEFINE_FINAL_TYPE (ChSessionRow, ch_session_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The stored YYYY-MM-DD in the user's locale; the text as it is when it
 * is no such date. */
static char *
format_date (const char *date)
{
  g_autoptr(GDateTime) date_time = NULL;
  guint year;
  guint month;
  guint day;

  if (date == NULL || sscanf (date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return g_strdup (date != NULL ? date : "");

  date_time = g_date_time_new_local (year, month, day, 0, 0, 0.);
  if (date_time == NULL)
    return g_strdup (date);

  return g_date_time_format (date_time, "%x");
}

static void
update_labels (ChSessionRow *self)
{
  g_autofree char *details = NULL;
  const char *facilitator;

  if (self->session == NULL)
    return;

  details = format_date (ch_session_get_date (self->session));
  facilitator = ch_session_get_facilitator (self->session);
  if (facilitator != NULL && *facilitator != '\0')
    {
      /* Translators: a session's date and facilitator in the list of
       * sessions: "24/11/2026 · Jordan P." */
      char *joined = g_strdup_printf (_("%s · %s"), details, facilitator);

      g_free (details);
      details = joined;
    }

  gtk_label_set_label (self->title_label, ch_session_get_title (self->session));
  gtk_label_set_label (self->details_label, details);
}

static void
session_notify_cb (ChSessionRow *self)
{
  update_labels (self);
}

static void
ch_session_row_dispose (GObject *object)
{
  ChSessionRow *self = CH_SESSION_ROW (object);

  ch_session_row_set_session (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_SESSION_ROW);

  G_OBJECT_CLASS (ch_session_row_parent_class)->dispose (object);
}

static void
ch_session_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ChSessionRow *self = CH_SESSION_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_session_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ChSessionRow *self = CH_SESSION_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      ch_session_row_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_session_row_class_init (ChSessionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_session_row_dispose;
  object_class->get_property = ch_session_row_get_property;
  object_class->set_property = ch_session_row_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CH_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-session-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ChSessionRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ChSessionRow, details_label);
}

static void
ch_session_row_init (ChSessionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ch_session_row_get_session:
 *
 * Returns: (transfer none) (nullable): the session shown
 */
ChSession *
ch_session_row_get_session (ChSessionRow *self)
{
  g_return_val_if_fail (CH_IS_SESSION_ROW (self), NULL);

  return self->session;
}

void
ch_session_row_set_session (ChSessionRow *self,
                            ChSession    *session)
{
  g_return_if_fail (CH_IS_SESSION_ROW (self));
  g_return_if_fail (session == NULL || CH_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_func (self->session, session_notify_cb, self);

  g_set_object (&self->session, session);

  if (self->session != NULL)
    g_signal_connect_object (self->session, "notify", G_CALLBACK (session_notify_cb),
                             self, G_CONNECT_SWAPPED);

  update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
