-- Self-learning catalogue (H2): six modules on using Twinning Live, drawn from the help text.
-- Each module has text steps and ends with one quiz; quiz choices are separated by '|'.
-- Portable SQL: the same script runs on H2 and PostgreSQL.

insert into learning_module (id, slug, title, summary, topic, minutes, position) values
    ('1e000000-0000-4000-8000-000000000001', 'your-profile-and-privacy', 'Your profile and privacy',
     'What your profile shows, how to decide who sees it, what to do when you change school, and how to leave the platform with a copy of your data.',
     'profile', 3, 10),
    ('1e000000-0000-4000-8000-000000000002', 'finding-partners-people-search-follow-contacts', 'Finding partners: people search, follow and contacts',
     'Search for colleagues by name, school or with the advanced search, and learn when to follow a teacher and when to invite them to your contacts.',
     'people', 3, 20),
    ('1e000000-0000-4000-8000-000000000003', 'starting-a-project-with-partners', 'Starting a project with partners',
     'Create a project in the Projects tab, invite your contacts as partners, understand why an invitation can fail, and what happens while the National Support Service validates your project.',
     'projects', 3, 30),
    ('1e000000-0000-4000-8000-000000000004', 'events-and-online-meetings', 'Events and online meetings',
     'Public and private events, and the tools of an online event: the video conference room, the event forum and the document space.',
     'events', 3, 40),
    ('1e000000-0000-4000-8000-000000000005', 'groups-and-collaboration-forums', 'Groups and collaboration forums',
     'Join open and closed groups, take part in moderated activities, request a new group, and search the collaboration forums for project partners.',
     'groups', 3, 50),
    ('1e000000-0000-4000-8000-000000000006', 'understanding-your-progression', 'Understanding your progression',
     'The two sources of your progression, its five areas, the limits on each kind of action, who sees your bar, and why self-learning only counts when you are logged in.',
     'progression', 3, 60);

-- Module 1: Your profile and privacy
insert into learning_step (id, module_id, position, kind, title, body, video_url, question, choices, correct_choice) values
    ('1e570001-0000-4000-8000-000000000001', '1e000000-0000-4000-8000-000000000001', 10, 'TEXT', 'Your profile at a glance',
     'Click on a name wherever it appears on Twinning Live, your own included, and that person''s profile opens. A profile shows personal information, recent activity, projects, events and groups. From someone else''s profile you can follow them, invite them to your contacts, or write to them by e-mail if they have chosen to show their address.

Your own profile is the first thing other teachers see when they look for partners. Keep it up to date: you can edit your name, photo, the subjects you teach, your languages, a short biography and your pupils'' ages at any time.',
     null, null, null, null),
    ('1e570001-0000-4000-8000-000000000002', '1e000000-0000-4000-8000-000000000001', 20, 'TEXT', 'Choosing who sees you',
     'The privacy settings of your profile let you decide who may see it: everyone, registered users only, or only your contacts. You also choose whether you appear in the People search, whether search engines may list your profile on the internet, and whether your e-mail address is shown.

Your choices take effect immediately and everywhere on the platform, and you can change them whenever you wish. Remember that your progression bar is shown to whoever can see your profile, so these settings decide who sees it too.',
     null, null, null, null),
    ('1e570001-0000-4000-8000-000000000003', '1e000000-0000-4000-8000-000000000001', 30, 'TEXT', 'Changing school, and leaving',
     'If you move to a new school, do not overwrite the details of your old one. Open your profile, choose Edit account, then Schools, and use Add a school at the top of the list. Your previous schools stay in your history with their dates. Because your school has changed, the National Support Service of its country reviews your account again, and until then your profile says that it is being reviewed and you cannot join a project or be invited to one.

If you want to leave Twinning Live, ask for the deletion of your account from your profile, or write to the support address shown in the help centre from the e-mail address you registered with. Before that, download all your data in one file (JSON) if you want to keep a copy: once the request is confirmed and a short grace period has passed, nothing of yours can be found or recovered.',
     null, null, null, null),
    ('1e570001-0000-4000-8000-000000000004', '1e000000-0000-4000-8000-000000000001', 40, 'QUIZ', 'Check your understanding',
     'Think of your school history.', null,
     'You have moved to a new school. What should you do in your profile?',
     'Overwrite the name and address of your old school|Add the new school with Add a school, so the old one stays in your history|Delete your account and register again with the new school|Nothing: the platform changes your school by itself',
     1);

-- Module 2: Finding partners: people search, follow and contacts
insert into learning_step (id, module_id, position, kind, title, body, video_url, question, choices, correct_choice) values
    ('1e570002-0000-4000-8000-000000000001', '1e000000-0000-4000-8000-000000000002', 10, 'TEXT', 'Searching for people',
     'Open the People tab and type a name or a school in the search box. To be more precise, use the advanced search, which combines several fields: country, school, subject, language, your pupils'' age range and role. It is a quick way to find a colleague who fits your project idea.

Teachers who chose not to appear in the People search are never listed, so you may not find everyone you know. Click a name in the results to open that teacher''s profile and see their projects, events and groups.',
     null, null, null, null),
    ('1e570002-0000-4000-8000-000000000002', '1e000000-0000-4000-8000-000000000002', 20, 'TEXT', 'Follow or invite to contacts?',
     'Follow a teacher when you are interested in what they do on the platform: their public activity then appears on your desktop. Following asks nothing of the other person, and you can unfollow at any time.

Invite a teacher to your contacts when you want to carry out a project together. Use Invite to contacts on their profile. They receive a notification and can accept or decline, and once they accept you are contacts. Either of you can remove the contact later.',
     null, null, null, null),
    ('1e570002-0000-4000-8000-000000000003', '1e000000-0000-4000-8000-000000000002', 30, 'TEXT', 'From a search to a partner',
     'A good partner search often looks like this. Search with the filters that matter for your idea, such as the language you will work in and your pupils'' ages. Open a few profiles and look at their projects and groups. Follow the teachers you are not yet sure about, to get to know their work.

When you have found the right person, introduce your idea through the internal mail (the envelope icon) and invite them to your contacts. Only contacts can be invited to a project, so this is the step that opens the way to working together.',
     null, null, null, null),
    ('1e570002-0000-4000-8000-000000000004', '1e000000-0000-4000-8000-000000000002', 40, 'QUIZ', 'Check your understanding',
     null, null,
     'You want to run a project with a teacher you found in the People search. What should you do first?',
     'Follow them and wait for them to follow you back|Invite them to your contacts and wait for them to accept|Invite them straight to your project|Add their school to your own profile',
     1);

-- Module 3: Starting a project with partners
insert into learning_step (id, module_id, position, kind, title, body, video_url, question, choices, correct_choice) values
    ('1e570003-0000-4000-8000-000000000001', '1e000000-0000-4000-8000-000000000003', 10, 'TEXT', 'The Projects tab',
     'The Projects tab is where you create a project. It also lists all your projects, sorted into pending, open and closed, and under each project you find the actions you can take on it.

The same tab has a search tool to look for other projects, for example by title, subject, pupils'' age, language, country or status. Looking at similar projects is a good way to get ideas before you start your own.',
     null, null, null, null),
    ('1e570003-0000-4000-8000-000000000002', '1e000000-0000-4000-8000-000000000003', 20, 'TEXT', 'Inviting partners',
     'Partners are invited in two steps. First ask your future partners to become your contacts, and wait until they accept. Then invite them to the project from its partner actions. They join the project once they accept that invitation.

The partner actions also let you remove partners and manage their profiles and roles in the project.',
     null, null, null, null),
    ('1e570003-0000-4000-8000-000000000003', '1e000000-0000-4000-8000-000000000003', 30, 'TEXT', 'When an invitation fails',
     'If you cannot invite someone, the message you see tells you why. The most common causes are:

The teacher is not one of your contacts.

You invited them to your contacts, but they have not accepted yet.

Their account is still being reviewed by their National Support Service.

They are already a partner in the project.

The project is closed.',
     null, null, null, null),
    ('1e570003-0000-4000-8000-000000000004', '1e000000-0000-4000-8000-000000000003', 40, 'TEXT', 'Validation and what comes next',
     'A new project stays pending until the National Support Service of each founding teacher has validated it. You are notified when this happens, and the project then moves to your open projects.

From the project''s actions you can edit its information, add images that represent it, and open or close it. You can also apply for a National Quality Label, reviewed by your National Support Service, or a European Quality Label, reviewed by the Central Support Service, and for the European Prizes, each only during its application period. The certificates of the project can be downloaded there too.',
     null, null, null, null),
    ('1e570003-0000-4000-8000-000000000005', '1e000000-0000-4000-8000-000000000003', 50, 'QUIZ', 'Check your understanding',
     'Remember the most common causes of a failed invitation.', null,
     'Which of these is a common reason why you cannot invite a teacher to your project?',
     'The teacher has no photo on their profile|The teacher teaches a different subject from yours|The teacher has not yet accepted your contact request|The teacher follows many other users',
     2);

-- Module 4: Events and online meetings
insert into learning_step (id, module_id, position, kind, title, body, video_url, question, choices, correct_choice) values
    ('1e570004-0000-4000-8000-000000000001', '1e000000-0000-4000-8000-000000000004', 10, 'TEXT', 'What events are',
     'Events are meetings between Twinning Live users, held face to face or online, with many different aims: workshops, training sessions, school presentations, project presentations, partner search sessions and more.

Any user of the platform can organise an event. The organiser gives it a title, a kind, a date and, for a face-to-face event, a place.',
     null, null, null, null),
    ('1e570004-0000-4000-8000-000000000002', '1e000000-0000-4000-8000-000000000004', 20, 'TEXT', 'Public and private events',
     'A public event is open: anyone can find it in the Events tab and register to take part.

A private event is only for the people the organiser invited when setting it up. If you were not invited, you cannot see it or join it. Choose private for a meeting of your project partners, and public when you want to reach as many colleagues as possible.',
     null, null, null, null),
    ('1e570004-0000-4000-8000-000000000003', '1e000000-0000-4000-8000-000000000004', 30, 'TEXT', 'Inside an online event',
     'An online event has an audio and video conference room with space for up to 100 participants. The organiser moderates the room.

Every event also has its own forum, to debate before and after the session, and a space to archive documents. Before the meeting, post the agenda in the forum and share your slides in the documents space. Afterwards, use the forum to continue the discussion and collect ideas.',
     null, null, null, null),
    ('1e570004-0000-4000-8000-000000000004', '1e000000-0000-4000-8000-000000000004', 40, 'QUIZ', 'Check your understanding',
     null, null,
     'Who can take part in a private event?',
     'Any registered teacher|Anyone, even without an account|Only teachers from the organiser''s country|Only the people the organiser invited',
     3);

-- Module 5: Groups and collaboration forums
insert into learning_step (id, module_id, position, kind, title, body, video_url, question, choices, correct_choice) values
    ('1e570005-0000-4000-8000-000000000001', '1e000000-0000-4000-8000-000000000005', 10, 'TEXT', 'What groups are for',
     'Groups are private spaces where members talk and work together on a specific topic. Teachers use them to share examples, discuss teaching methods and find support for their professional development, and they are excellent for long-term collaboration between teachers.

In moderated groups, the moderators prepare activities and tasks that members discuss and carry out together. Topics range from language teaching and entrepreneurship in education to science, technology, engineering and mathematics.',
     null, null, null, null),
    ('1e570005-0000-4000-8000-000000000002', '1e000000-0000-4000-8000-000000000005', 20, 'TEXT', 'Joining, leaving and requesting a group',
     'You can join or leave an open group whenever you like (some open groups are reserved for validated teachers). A closed group can only be entered by invitation. To join a group, log in, open your desktop and go to the Groups section. Your groups are always listed on your desktop, so you can return to them at any time.

Any user can request a new group by giving its topic, a description and whether it should be open or closed. The Central Support Service reviews the request and decides whether to approve it. If it is declined, you are told why.',
     null, null, null, null),
    ('1e570005-0000-4000-8000-000000000003', '1e000000-0000-4000-8000-000000000005', 30, 'TEXT', 'Collaboration forums: looking for partners',
     'The collaboration forums are where teachers post offers to find partners for future projects and collaborations. You can reply to a post or contact its author directly.

To find posts that match your interests, search the forums with keywords such as CLIL or STEM, then narrow the results with the advanced filters: pupils'' age, language and country. When you find a good match, invite the author to your contacts so that you can later invite them to a project.',
     null, null, null, null),
    ('1e570005-0000-4000-8000-000000000004', '1e000000-0000-4000-8000-000000000005', 40, 'QUIZ', 'Check your understanding',
     null, null,
     'How can you become a member of a closed group?',
     'Only by being invited|By clicking Join on the group''s page|By posting a request in the collaboration forums|By searching for it in the People tab',
     0);

-- Module 6: Understanding your progression
insert into learning_step (id, module_id, position, kind, title, body, video_url, question, choices, correct_choice) values
    ('1e570006-0000-4000-8000-000000000001', '1e000000-0000-4000-8000-000000000006', 10, 'TEXT', 'Two sources, five areas',
     'Your progression is fed by two sources: your participation on Twinning Live and your use of the self-learning materials. Together they show how far you have come in your Twinning Live experience.

Participation is scored in five areas: elementary, communication, cooperation, network, and professional development and quality. For example, completing your profile or adding your school counts as elementary, sending messages or posting in forums as communication, creating a project or having a partner join it as cooperation, making contacts or joining a group as network, and taking part in a training as professional development and quality.',
     null, null, null, null),
    ('1e570006-0000-4000-8000-000000000002', '1e000000-0000-4000-8000-000000000006', 20, 'TEXT', 'Limits on each kind of action',
     'Each kind of action only counts up to a limit. Once you have, for example, written a certain number of messages or forum posts, further ones no longer move your bar. To keep progressing, try a different kind of activity.

To see the rules, open your profile and click the (?) next to your progression bar. The page that opens explains which actions count, how many points each gives and how many of each kind count, and it links to the self-learning modules.',
     null, null, null, null),
    ('1e570006-0000-4000-8000-000000000003', '1e000000-0000-4000-8000-000000000006', 30, 'TEXT', 'Who sees your bar, and when self-learning counts',
     'Your progression bar is visible to anyone who can see your profile. It is a guide to your own activity and shows others how involved you are.

Anyone can read the self-learning modules, but a completed module only adds to your progression when you finish it while logged in to Twinning Live. If you did a module without logging in, log in and complete it again. Each module counts once, however often you complete it.',
     null, null, null, null),
    ('1e570006-0000-4000-8000-000000000004', '1e000000-0000-4000-8000-000000000006', 40, 'QUIZ', 'Check your understanding',
     null, null,
     'You completed a self-learning module without logging in. What happens to your progression?',
     'It is added automatically the next time you log in|It counts twice once you log in|Nothing: a module only counts when you complete it while logged in|It is added to the communication area instead',
     2);
