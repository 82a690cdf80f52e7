/* ch-idea-editor.c: the side pane that edits one idea
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-idea-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <stdio.h>

#include "ch-enum-types.h"
#include "ch-editor-fields.h"
#include "ch-idea-editor.h"
#include "ch-window.h"

struct _ChIdeaEditor
{
  GtkWidget   parent_instance;

  ChProject     *project;
  ChIdea        *idea;
  /* The idea's session, watched for whether it is anonymous. */
  ChSession     *session;

  /* Set while the fields are filled from the idea, so that filling them
   * is not taken for an edit. */
  gboolean       syncing;

  /* Template widgets */
  GtkStack      *stack;
  AdwEntryRow   *title_row;
  AdwComboRow   *status_row;
  AdwComboRow   *impact_row;
  AdwComboRow   *effort_row;
  AdwEntryRow   *tags_row;
  GtkTextView   *description_view;
  GtkListBox    *personas_list;
  AdwPreferencesGroup *contributors_group;
  GtkListBox    *contributors_list;
  GtkWidget     *add_contributor_button;
  GtkPopover    *add_contributor_popover;
  GtkListBox    *add_contributor_list;
};

G_DEFINE_FINAL_TYPE (ChIdeaEditor, ch_idea_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_IDEA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "payments, mobile" → { "payments", "mobile" }: trimmed, none empty */
static GStrv
parse_tags (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (*tag != '\0')
        g_strv_builder_add (builder, tag);
    }

  return g_strv_builder_end (builder);
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  static const char * const empty[] = { NULL };

  return g_strv_equal (a != NULL ? a : empty, b != NULL ? b : empty);
}

static gboolean
idea_serves (ChIdea     *idea,
             const char *persona_id)
{
  const char * const *personas = ch_idea_get_personas (idea);

  return personas != NULL && g_strv_contains (personas, persona_id);
}

/* "2026-03-14" → the date as the user's locale writes it */
static char *
format_informed (const char *informed)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (informed == NULL || sscanf (informed, "%d-%d-%d", &year, &month, &day) != 3)
    return NULL;

  date = g_date_time_new_local (year, month, day, 0, 0, 0);
  if (date == NULL)
    return NULL;

  /* Translators: the date on which a contributor was told what became of the idea */
  return g_date_time_format (date, _("Told on %x"));
}

static GPtrArray *
new_contributors (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) ch_contributor_free);
}

static void
sync_personas (ChIdeaEditor *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->personas_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      ChPersona *persona = g_object_get_data (G_OBJECT (child), "persona");
      GtkWidget *check;

      if (persona == NULL)
        continue;

      check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (child));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   idea_serves (self->idea, ch_entity_get_id (CH_ENTITY (persona))));
    }
}

static void contributor_toggled_cb (ChIdeaEditor   *self,
                                    GtkCheckButton *check);
static void remove_contributor_cb  (ChIdeaEditor   *self,
                                    GtkButton      *button);

static GtkWidget *
create_contributor_row (ChIdeaEditor        *self,
                        const ChContributor *contributor)
{
  g_autofree char *informed = format_informed (contributor->informed);
  g_autofree char *check_label = NULL;
  g_autofree char *remove_label = NULL;
  ChParticipant *participant = NULL;
  GtkWidget *remove;
  GtkWidget *check;
  GtkWidget *row;

  if (self->project != NULL)
    participant = (ChParticipant *) ch_project_lookup (self->project, CH_TYPE_PARTICIPANT,
                                                       contributor->participant_id);

  row = adw_action_row_new ();
  g_object_set_data_full (G_OBJECT (row), "participant-id",
                          g_strdup (contributor->participant_id), g_free);
  if (participant != NULL)
    g_object_bind_property (participant, "name", row, "title", G_BINDING_SYNC_CREATE);
  else
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Unknown participant"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), informed != NULL ? informed : "");

  check = gtk_check_button_new_with_label (_("Informed"));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Told what became of the idea"));
  check_label = g_strdup_printf (_("%s was told what became of the idea"),
                                 participant != NULL ? ch_participant_get_name (participant)
                                                     : _("Unknown participant"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, check_label,
                                  -1);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), contributor->informed != NULL);
  g_signal_connect_object (check, "toggled", G_CALLBACK (contributor_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove as Contributor"));
  /* Translators: a button that takes a participant off an idea's
   * contributors; %s is their name */
  remove_label = g_strdup_printf (_("Remove %s as contributor"),
                                  participant != NULL ? ch_participant_get_name (participant)
                                                      : _("Unknown participant"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_contributor_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static void
remove_all_rows (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/* Updates the rows in place while they show the same participants, so a
 * focused check keeps its focus; otherwise builds them anew. */
static void
sync_contributors (ChIdeaEditor *self)
{
  GPtrArray *contributors = ch_idea_get_contributors (self->idea);
  guint n_contributors = contributors != NULL ? contributors->len : 0;
  gboolean same = TRUE;
  guint n_rows = 0;

  for (GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->contributors_list, 0);
       row != NULL;
       row = gtk_list_box_get_row_at_index (self->contributors_list, ++n_rows))
    {
      const ChContributor *contributor;

      if (n_rows >= n_contributors)
        {
          same = FALSE;
          continue;
        }

      contributor = g_ptr_array_index (contributors, n_rows);
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "participant-id"),
                     contributor->participant_id) != 0)
        same = FALSE;
    }

  if (!same || n_rows != n_contributors)
    {
      remove_all_rows (self->contributors_list);
      for (guint i = 0; i < n_contributors; i++)
        gtk_list_box_append (self->contributors_list,
                             create_contributor_row (self, g_ptr_array_index (contributors, i)));
      return;
    }

  for (guint i = 0; i < n_contributors; i++)
    {
      const ChContributor *contributor = g_ptr_array_index (contributors, i);
      AdwActionRow *row = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (self->contributors_list, i));
      g_autofree char *informed = format_informed (contributor->informed);

      adw_action_row_set_subtitle (row, informed != NULL ? informed : "");
      gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (row)),
                                   contributor->informed != NULL);
    }
}

static void session_notify_cb (ChIdeaEditor *self,
                               GParamSpec   *pspec,
                               ChSession    *session);

static void
watch_session (ChIdeaEditor *self,
               ChSession    *session)
{
  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_func (self->session, session_notify_cb, self);

  g_set_object (&self->session, session);

  if (self->session != NULL)
    g_signal_connect_object (self->session, "notify::anonymous",
                             G_CALLBACK (session_notify_cb), self, G_CONNECT_SWAPPED);
}

/* An idea of an anonymous session has no contributors to show or edit:
 * the group says why instead. */
static void
sync_anonymous (ChIdeaEditor *self)
{
  ChSession *session = NULL;
  gboolean anonymous;

  if (self->project != NULL && self->idea != NULL)
    session = CH_SESSION (ch_project_lookup (self->project, CH_TYPE_SESSION,
                                             ch_idea_get_session_id (self->idea)));
  watch_session (self, session);

  anonymous = session != NULL && ch_session_get_anonymous (session);
  adw_preferences_group_set_description (self->contributors_group,
                                         anonymous
                                         ? _("Anonymous session: contributors are not recorded")
                                         : _("Tick those who were told what became of the idea"));
  gtk_widget_set_visible (GTK_WIDGET (self->contributors_list), !anonymous);
  gtk_widget_set_visible (self->add_contributor_button, !anonymous);
}

static void
sync_from_idea (ChIdeaEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  g_autofree char *description = NULL;
  g_auto(GStrv) tags = NULL;
  const char * const *idea_tags;
  const char *idea_description;

  if (self->idea == NULL)
    {
      watch_session (self, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->syncing = TRUE;

  ch_editor_set_editable_text (GTK_EDITABLE (self->title_row), ch_idea_get_title (self->idea));

  if (adw_combo_row_get_selected (self->status_row) != (guint) ch_idea_get_status (self->idea))
    adw_combo_row_set_selected (self->status_row, ch_idea_get_status (self->idea));

  /* The combos' positions are the values, "Not set" being 0. */
  ch_editor_set_combo_selected (self->impact_row, ch_idea_get_impact (self->idea));
  ch_editor_set_combo_selected (self->effort_row, ch_idea_get_effort (self->idea));

  idea_tags = ch_idea_get_tags (self->idea);
  tags = parse_tags (gtk_editable_get_text (GTK_EDITABLE (self->tags_row)));
  if (!strv_equal ((const char * const *) tags, idea_tags))
    {
      g_autofree char *joined = idea_tags != NULL ? g_strjoinv (", ", (GStrv) idea_tags)
                                                  : g_strdup ("");

      gtk_editable_set_text (GTK_EDITABLE (self->tags_row), joined);
    }

  description = ch_editor_dup_buffer_text (buffer);
  idea_description = ch_idea_get_description (self->idea);
  if (idea_description == NULL)
    idea_description = "";
  if (g_strcmp0 (description, idea_description) != 0)
    gtk_text_buffer_set_text (buffer, idea_description, -1);

  sync_personas (self);
  sync_contributors (self);
  sync_anonymous (self);

  self->syncing = FALSE;

  gtk_stack_set_visible_child_name (self->stack, "idea");
}

static gboolean
can_edit (ChIdeaEditor *self)
{
  return !self->syncing && self->idea != NULL && self->project != NULL;
}

/* Writes one edit through the project; when it fails, says why and shows
 * the idea as it is in the file again. */
static void
commit (ChIdeaEditor *self,
        const char   *property,
        const GValue *value)
{
  g_autoptr(GError) error = NULL;

  if (!ch_project_set_property (self->project, CH_ENTITY (self->idea), property, value, &error))
    {
      ch_window_report_error (GTK_WIDGET (self), error);
      sync_from_idea (self);
    }
}

/* Contributors are shown by name: a participant added, renamed away or
 * removed, or another project, makes their rows anew. */
static void
rebuild_contributors (ChIdeaEditor *self)
{
  if (self->contributors_list == NULL)
    return;

  remove_all_rows (self->contributors_list);
  if (self->stack != NULL)
    sync_from_idea (self);
}

static void
participants_changed_cb (ChIdeaEditor *self,
                         guint         position,
                         guint         removed,
                         guint         added,
                         GListModel   *participants)
{
  rebuild_contributors (self);
}

static void
idea_notify_cb (ChIdeaEditor *self,
                GParamSpec   *pspec,
                ChIdea       *idea)
{
  sync_from_idea (self);
}

static void
session_notify_cb (ChIdeaEditor *self,
                   GParamSpec   *pspec,
                   ChSession    *session)
{
  sync_anonymous (self);
}

static void
title_changed_cb (ChIdeaEditor *self,
                  GtkEditable  *editable)
{
  g_auto(GValue) value = G_VALUE_INIT;
  const char *title = gtk_editable_get_text (editable);

  /* An idea always has a title: one cleared to be typed again keeps its
   * old one until the first letter. */
  if (!can_edit (self) || *title == '\0')
    return;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, title);
  commit (self, "title", &value);
}

static void
status_selected_cb (ChIdeaEditor *self,
                    GParamSpec   *pspec,
                    AdwComboRow  *row)
{
  g_auto(GValue) value = G_VALUE_INIT;
  guint selected = adw_combo_row_get_selected (row);

  if (!can_edit (self) || selected == GTK_INVALID_LIST_POSITION)
    return;

  g_value_init (&value, CH_TYPE_IDEA_STATUS);
  g_value_set_enum (&value, selected);
  commit (self, "status", &value);
}

static void
commit_rating (ChIdeaEditor *self,
               const char   *property,
               AdwComboRow  *row)
{
  g_auto(GValue) value = G_VALUE_INIT;
  guint selected = adw_combo_row_get_selected (row);

  if (!can_edit (self) || selected == GTK_INVALID_LIST_POSITION)
    return;

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, (int) selected);
  commit (self, property, &value);
}

static void
impact_selected_cb (ChIdeaEditor *self,
                    GParamSpec   *pspec,
                    AdwComboRow  *row)
{
  commit_rating (self, "impact", row);
}

static void
effort_selected_cb (ChIdeaEditor *self,
                    GParamSpec   *pspec,
                    AdwComboRow  *row)
{
  commit_rating (self, "effort", row);
}

/* The personas served, in the order of the project's list. */
static void
persona_toggled_cb (ChIdeaEditor   *self,
                    GtkCheckButton *check)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GStrvBuilder) builder = NULL;
  ChPersona *toggled = g_object_get_data (G_OBJECT (check), "persona");
  GListModel *personas;

  if (!can_edit (self))
    return;

  builder = g_strv_builder_new ();
  personas = ch_project_get_personas (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (personas); i++)
    {
      g_autoptr(ChPersona) persona = g_list_model_get_item (personas, i);
      const char *id = ch_entity_get_id (CH_ENTITY (persona));
      gboolean serves;

      if (persona == toggled)
        serves = gtk_check_button_get_active (check);
      else
        serves = idea_serves (self->idea, id);

      if (serves)
        g_strv_builder_add (builder, id);
    }

  g_value_init (&value, G_TYPE_STRV);
  g_value_take_boxed (&value, g_strv_builder_end (builder));
  commit (self, "personas", &value);
}

static void
persona_name_changed_cb (GtkWidget  *check,
                         GParamSpec *pspec,
                         ChPersona  *persona)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ch_persona_get_name (persona),
                                  -1);
}

static GtkWidget *
create_persona_row (gpointer item,
                    gpointer user_data)
{
  ChIdeaEditor *self = user_data;
  ChPersona *persona = item;
  GtkWidget *check;
  GtkWidget *row;

  row = adw_action_row_new ();
  g_object_bind_property (persona, "name", row, "title", G_BINDING_SYNC_CREATE);
  g_object_set_data_full (G_OBJECT (row), "persona", g_object_ref (persona), g_object_unref);

  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (check), "persona", g_object_ref (persona), g_object_unref);
  persona_name_changed_cb (check, NULL, persona);
  g_signal_connect_object (persona, "notify::name", G_CALLBACK (persona_name_changed_cb), check,
                           G_CONNECT_SWAPPED);
  if (self->idea != NULL)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                 idea_serves (self->idea, ch_entity_get_id (CH_ENTITY (persona))));
  g_signal_connect_object (check, "toggled", G_CALLBACK (persona_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  return row;
}

static void
contributor_toggled_cb (ChIdeaEditor   *self,
                        GtkCheckButton *check)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GPtrArray) updated = NULL;
  g_autofree char *today = NULL;
  GtkWidget *row;
  GPtrArray *contributors;
  const char *participant_id;

  if (!can_edit (self))
    return;

  row = gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX_ROW);
  g_assert (row != NULL);
  participant_id = g_object_get_data (G_OBJECT (row), "participant-id");

  if (gtk_check_button_get_active (check))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      today = g_date_time_format (now, "%Y-%m-%d");
    }

  updated = new_contributors ();
  contributors = ch_idea_get_contributors (self->idea);
  for (guint i = 0; contributors != NULL && i < contributors->len; i++)
    {
      const ChContributor *contributor = g_ptr_array_index (contributors, i);

      if (g_strcmp0 (contributor->participant_id, participant_id) == 0)
        g_ptr_array_add (updated, ch_contributor_new (contributor->participant_id, today));
      else
        g_ptr_array_add (updated, ch_contributor_copy (contributor));
    }

  g_value_init (&value, G_TYPE_PTR_ARRAY);
  g_value_set_boxed (&value, updated);
  commit (self, "contributors", &value);
}

/* Adds the participant @participant_id to the idea's contributors, or
 * takes them off: one step each. */
static void
commit_contributor (ChIdeaEditor *self,
                    const char   *participant_id,
                    gboolean      add)
{
  g_autoptr(GError) error = NULL;
  ChEntity *participant = ch_project_lookup (self->project, CH_TYPE_PARTICIPANT, participant_id);
  gboolean ok;

  if (participant == NULL)
    return;

  if (add)
    ok = ch_project_add_contributor (self->project, self->idea, CH_PARTICIPANT (participant),
                                     &error);
  else
    ok = ch_project_remove_contributor (self->project, self->idea, CH_PARTICIPANT (participant),
                                        &error);
  if (!ok)
    {
      ch_window_report_error (GTK_WIDGET (self), error);
      sync_from_idea (self);
    }
}

static void
remove_contributor_cb (ChIdeaEditor *self,
                       GtkButton    *button)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  g_autofree char *participant_id = NULL;
  guint index;

  if (!can_edit (self) || row == NULL)
    return;

  /* The rows are made again: the keyboard goes to the next one, or to
   * the button that adds. */
  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  participant_id = g_strdup (g_object_get_data (G_OBJECT (row), "participant-id"));
  commit_contributor (self, participant_id, FALSE);

  row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->contributors_list, index));
  if (row == NULL && index > 0)
    row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->contributors_list, index - 1));
  gtk_widget_grab_focus (row != NULL ? row : self->add_contributor_button);
}

static gboolean
is_contributor (ChIdea     *idea,
                const char *participant_id)
{
  GPtrArray *contributors = ch_idea_get_contributors (idea);

  for (guint i = 0; contributors != NULL && i < contributors->len; i++)
    if (g_strcmp0 (((ChContributor *) g_ptr_array_index (contributors, i))->participant_id,
                   participant_id) == 0)
      return TRUE;

  return FALSE;
}

/* The participants who are not contributors yet, to choose from. */
static void
add_contributor_shown_cb (ChIdeaEditor *self)
{
  GListModel *participants;
  guint n_participants;

  remove_all_rows (self->add_contributor_list);
  if (self->project == NULL || self->idea == NULL)
    return;

  participants = ch_project_get_participants (self->project);
  n_participants = g_list_model_get_n_items (participants);
  for (guint i = 0; i < n_participants; i++)
    {
      g_autoptr(ChParticipant) participant = g_list_model_get_item (participants, i);
      const char *id = ch_entity_get_id (CH_ENTITY (participant));
      const char *organisation = ch_participant_get_organisation (participant);
      GtkWidget *row;

      if (is_contributor (self->idea, id))
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     ch_participant_get_name (participant));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (organisation != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), organisation);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "participant-id", g_strdup (id), g_free);
      gtk_list_box_append (self->add_contributor_list, row);
    }
}

static void
add_contributor_activated_cb (ChIdeaEditor  *self,
                              GtkListBoxRow *row,
                              GtkListBox    *list)
{
  const char *participant_id = g_object_get_data (G_OBJECT (row), "participant-id");

  if (!can_edit (self) || participant_id == NULL)
    return;

  commit_contributor (self, participant_id, TRUE);
  gtk_popover_popdown (self->add_contributor_popover);
}

static void
tags_changed_cb (ChIdeaEditor *self,
                 GtkEditable  *editable)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GStrv tags;

  if (!can_edit (self))
    return;

  tags = parse_tags (gtk_editable_get_text (editable));
  if (strv_equal ((const char * const *) tags, ch_idea_get_tags (self->idea)))
    {
      g_strfreev (tags);
      return;
    }

  g_value_init (&value, G_TYPE_STRV);
  g_value_take_boxed (&value, tags);
  commit (self, "tags", &value);
}

static void
description_changed_cb (ChIdeaEditor  *self,
                        GtkTextBuffer *buffer)
{
  g_auto(GValue) value = G_VALUE_INIT;
  char *description;

  if (!can_edit (self))
    return;

  description = ch_editor_dup_buffer_text (buffer);
  g_value_init (&value, G_TYPE_STRING);
  if (*description != '\0')
    g_value_take_string (&value, description);
  else
    g_free (description);
  commit (self, "description", &value);
}

static void
ch_idea_editor_dispose (GObject *object)
{
  ChIdeaEditor *self = CH_IDEA_EDITOR (object);

  ch_idea_editor_set_idea (self, NULL);
  ch_idea_editor_set_project (self, NULL);
  watch_session (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_IDEA_EDITOR);

  G_OBJECT_CLASS (ch_idea_editor_parent_class)->dispose (object);
}

static void
ch_idea_editor_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ChIdeaEditor *self = CH_IDEA_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_IDEA:
      g_value_set_object (value, self->idea);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_idea_editor_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ChIdeaEditor *self = CH_IDEA_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_idea_editor_set_project (self, g_value_get_object (value));
      break;

    case PROP_IDEA:
      ch_idea_editor_set_idea (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_idea_editor_class_init (ChIdeaEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_idea_editor_dispose;
  object_class->get_property = ch_idea_editor_get_property;
  object_class->set_property = ch_idea_editor_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_IDEA] =
    g_param_spec_object ("idea", NULL, NULL,
                         CH_TYPE_IDEA,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/ch-idea-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, impact_row);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, effort_row);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, personas_list);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, contributors_group);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, contributors_list);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, add_contributor_button);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, add_contributor_popover);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, add_contributor_list);
  gtk_widget_class_bind_template_callback (widget_class, add_contributor_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_contributor_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, impact_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, effort_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, tags_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, description_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

}

static void
ch_idea_editor_init (ChIdeaEditor *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (CH_TYPE_IDEA_STATUS);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The combo's positions are the enum's values. */
  self->syncing = TRUE;
  for (guint i = 0; i < enum_class->n_values; i++)
    gtk_string_list_append (statuses, ch_idea_status_to_label (enum_class->values[i].value));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  self->syncing = FALSE;

  sync_from_idea (self);
}

/**
 * ch_idea_editor_get_project:
 *
 * Returns: (transfer none) (nullable): the project that edits go through
 */
ChProject *
ch_idea_editor_get_project (ChIdeaEditor *self)
{
  g_return_val_if_fail (CH_IS_IDEA_EDITOR (self), NULL);

  return self->project;
}

void
ch_idea_editor_set_project (ChIdeaEditor *self,
                            ChProject    *project)
{
  g_return_if_fail (CH_IS_IDEA_EDITOR (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (ch_project_get_participants (self->project),
                                          participants_changed_cb, self);

  g_set_object (&self->project, project);

  if (self->project != NULL)
    g_signal_connect_object (ch_project_get_participants (self->project), "items-changed",
                             G_CALLBACK (participants_changed_cb), self, G_CONNECT_SWAPPED);

  if (self->personas_list != NULL)
    {
      self->syncing = TRUE;
      gtk_list_box_bind_model (self->personas_list,
                               project != NULL ? ch_project_get_personas (project) : NULL,
                               project != NULL ? create_persona_row : NULL,
                               self, NULL);
      self->syncing = FALSE;
    }

  rebuild_contributors (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_idea_editor_get_idea:
 *
 * Returns: (transfer none) (nullable): the idea edited
 */
ChIdea *
ch_idea_editor_get_idea (ChIdeaEditor *self)
{
  g_return_val_if_fail (CH_IS_IDEA_EDITOR (self), NULL);

  return self->idea;
}

void
ch_idea_editor_set_idea (ChIdeaEditor *self,
                         ChIdea       *idea)
{
  g_return_if_fail (CH_IS_IDEA_EDITOR (self));
  g_return_if_fail (idea == NULL || CH_IS_IDEA (idea));

  if (self->idea == idea)
    return;

  if (self->idea != NULL)
    g_signal_handlers_disconnect_by_func (self->idea, idea_notify_cb, self);

  g_set_object (&self->idea, idea);

  if (self->idea != NULL)
    g_signal_connect_object (self->idea, "notify", G_CALLBACK (idea_notify_cb), self,
                             G_CONNECT_SWAPPED);

  if (self->stack != NULL)
    sync_from_idea (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDEA]);
}
