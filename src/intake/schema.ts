import type { CanonicalSheet } from '../model/program';

/**
 * The input workbook's schema (input-workbook.md): canonical sheets, their columns, types and the
 * synonyms headers are recognised by. Headers are compared after `foldHeader`.
 */

export type ColumnType = 'id' | 'date' | 'int' | 'number' | 'bool' | 'text' | 'enum' | 'level';

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  /** a row without a value here is left out (error); a sheet without the column cannot be used */
  readonly required: boolean;
  /** other headers that mean this column (any case, spaces, underscores, hyphens, dots) */
  readonly synonyms: readonly string[];
  /** for enums: canonical value → synonyms (the canonical value itself is always accepted) */
  readonly values?: Readonly<Record<string, readonly string[]>>;
  /** plain-language meaning, for messages and the mapping view */
  readonly meaning: string;
  /**
   * for an optional column: a value that cannot be read (or an error cell) leaves the row out, as in a
   * required column, though a blank is allowed (Measures' Value: blank for a promotion only)
   */
  readonly strict?: boolean;
}

export interface SheetSpec {
  readonly name: CanonicalSheet;
  /** other sheet names that mean this sheet */
  readonly synonyms: readonly string[];
  readonly columns: readonly ColumnSpec[];
  /** the id column whose values must be unique, if any */
  readonly uniqueId?: string;
  /**
   * a workbook without this sheet gets no "missing sheet" note: a sheet added after the first five
   * (Measures, Preferences), so that a workbook that never had it reads exactly as before
   */
  readonly quietWhenMissing?: boolean;
}

const col = (
  name: string,
  type: ColumnType,
  required: boolean,
  meaning: string,
  synonyms: readonly string[] = [],
  values?: Record<string, readonly string[]>,
): ColumnSpec => ({ name, type, required, meaning, synonyms, values });

const LEVEL_SYNONYMS = ['Grade', 'Job Level', 'Band', 'Career Level', 'Pay Grade'];
const BU_SYNONYMS = ['Business Unit', 'BU', 'Division', 'Department', 'Dept', 'Segment'];
const FUNCTION_SYNONYMS = ['Job Function', 'Job Family', 'Functional Area'];
const LOCATION_SYNONYMS = ['Site', 'Office', 'Country', 'Region', 'Work Location', 'City'];
const MANAGER_SYNONYMS = [
  'Manager ID',
  'Manager',
  'Mgr ID',
  'Line Manager ID',
  'Reports To',
  'Supervisor ID',
  'Manager Employee ID',
];
const NAME_SYNONYMS = ['Full Name', 'Employee Name', 'Display Name', 'Person Name'];

export const PARTICIPANTS: SheetSpec = {
  name: 'Participants',
  synonyms: ['Participant', 'Roster', 'People', 'Employees', 'Talent Pool', 'Pool', 'Mentees'],
  uniqueId: 'PersonID',
  columns: [
    col('PersonID', 'id', true, 'unique id of the person', [
      'Employee ID',
      'EmpID',
      'Emp ID',
      'Employee Number',
      'Employee No',
      'Participant ID',
      'Worker ID',
      'Person',
      'Staff ID',
      'Mentee ID',
    ]),
    col('Name', 'text', false, 'shown to the analyst only, never on board sheets', NAME_SYNONYMS),
    col('InProgram', 'bool', false, 'in the program (absent: true where ProgramStart is filled)', [
      'In Program',
      'Participant',
      'Is Participant',
      'Enrolled',
      'Selected',
    ]),
    col('Cohort', 'text', false, 'program cohort, e.g. "2024 Pilot"', ['Cohort Name', 'Intake', 'Class']),
    col('Track', 'text', false, 'program track', ['Program Track', 'Development Track', 'Pathway']),
    col('BusinessUnit', 'text', false, 'business unit', BU_SYNONYMS),
    col('Function', 'text', false, 'function', FUNCTION_SYNONYMS),
    col('Location', 'text', false, 'location', LOCATION_SYNONYMS),
    col('Level', 'level', false, 'grade; numeric where possible (higher is more senior)', LEVEL_SYNONYMS),
    col('ManagerID', 'id', false, "the person's manager (a PersonID or MentorID)", MANAGER_SYNONYMS),
    col('HighPotential', 'bool', false, 'rated high potential', ['High Potential', 'HiPo', 'HIPO Flag']),
    col('EligibleDate', 'date', false, 'date the person entered the eligible pool', [
      'Eligible Date',
      'Eligible Since',
      'Eligibility Date',
      'Pool Entry Date',
    ]),
    col('ProgramStart', 'date', false, 'date the person started the program', [
      'Start Date',
      'Program Start Date',
      'Enrolled On',
      'Enrollment Date',
      'Enrolment Date',
      'Joined Program',
    ]),
    col('ProgramEnd', 'date', false, 'date the person left or finished the program', [
      'End Date',
      'Program End Date',
      'Completed On',
      'Completion Date',
    ]),
    col('Status', 'enum', false, 'program status', ['Program Status', 'Participant Status'], {
      Active: ['In Progress', 'Current', 'Enrolled', 'Ongoing'],
      Completed: ['Complete', 'Graduated', 'Finished', 'Done'],
      Withdrawn: ['Withdrew', 'Dropped', 'Dropped Out', 'Left Program', 'Removed'],
    }),
    col('ExitDate', 'date', false, 'date the person left the organisation (blank: still employed)', [
      'Exit Date',
      'Termination Date',
      'Term Date',
      'Leaving Date',
      'Leave Date',
      'Separation Date',
      'Date Left',
    ]),
    col('ExitType', 'enum', false, 'kind of exit', ['Exit Type', 'Termination Type', 'Exit Reason Type', 'Separation Type'], {
      Voluntary: ['Resigned', 'Resignation', 'Quit', 'Vol'],
      Involuntary: ['Terminated', 'Dismissed', 'Laid off', 'Layoff', 'Redundancy', 'Fired', 'Invol'],
      Retirement: ['Retired', 'Retire'],
      Other: ['Death', 'Deceased', 'Transfer', 'End of contract'],
    }),
    col('Regrettable', 'bool', false, 'a regrettable exit', ['Regretted', 'Regrettable Exit', 'Regretted Loss']),
    col('ReadyDate', 'date', false, 'first date rated ready now for a critical role', [
      'Ready Date',
      'Date Ready',
      'Ready Now Date',
      'Readiness Date',
    ]),
    col('ReadinessRating', 'enum', false, 'current readiness rating', ['Readiness', 'Readiness Rating', 'Succession Readiness'], {
      'Ready now': ['Ready Now', 'RN', 'Ready', 'Now', 'Ready-now'],
      'Ready 1-2 years': ['Ready 1-2 yrs', 'Ready in 1-2 years', '1-2 years', 'Ready 1 2 years', 'R1-2', 'Ready soon'],
      'Ready 3+ years': ['Ready 3+ yrs', 'Ready in 3+ years', '3+ years', 'Ready 3 years', 'R3+', 'Ready later'],
      'Not ready': ['Not Ready', 'NR', 'No'],
    }),
    col('TargetRole', 'text', false, 'the critical role the person is developed for', [
      'Target Role',
      'Critical Role',
      'Successor For',
      'Target Position',
    ]),
    col('HireDate', 'date', false, 'date of hire, for tenure (impact.md)', [
      'Hire Date',
      'Start Date of Employment',
      'Date of Hire',
      'Original Hire Date',
    ]),
  ],
};

export const MENTORS: SheetSpec = {
  name: 'Mentors',
  synonyms: ['Mentor', 'Coaches', 'Mentors and Coaches', 'Sponsors', 'Advisors'],
  uniqueId: 'MentorID',
  columns: [
    col('MentorID', 'id', true, 'unique id of the mentor, coach or sponsor', [
      'Mentor ID',
      'Coach ID',
      'Sponsor ID',
      'Advisor ID',
      'Mentor Employee ID',
    ]),
    col('Name', 'text', false, 'shown to the analyst only', [...NAME_SYNONYMS, 'Mentor Name', 'Coach Name']),
    col('MentorType', 'enum', true, 'Internal mentor, External coach or Sponsor', ['Mentor Type', 'Type', 'Role', 'Support Type'], {
      'Internal mentor': ['Internal', 'Mentor', 'Internal Mentor'],
      'External coach': ['External', 'Coach', 'External Coach', 'Executive Coach'],
      Sponsor: ['Executive Sponsor', 'Sponsorship'],
    }),
    col('Level', 'level', false, 'grade; numeric where possible', LEVEL_SYNONYMS),
    col('BusinessUnit', 'text', false, 'business unit', BU_SYNONYMS),
    col('Function', 'text', false, 'function', FUNCTION_SYNONYMS),
    col('Location', 'text', false, 'location', LOCATION_SYNONYMS),
    col('ManagerID', 'id', false, "the mentor's manager", MANAGER_SYNONYMS),
    col('Capacity', 'int', false, 'maximum concurrent mentees', ['Max Mentees', 'Mentee Capacity', 'Max Capacity']),
    col('CapacityHours', 'number', false, 'hours per month the mentor can give', [
      'Capacity Hours',
      'Hours Per Month',
      'Monthly Hours',
      'Hours Capacity',
    ]),
    col('Vendor', 'text', false, "an external coach's firm", ['Firm', 'Coaching Firm', 'Provider', 'Company']),
  ],
};

export const PAIRINGS: SheetSpec = {
  name: 'Pairings',
  synonyms: ['Pairing', 'Matches', 'Mentoring Pairs', 'Pairs', 'Relationships', 'Assignments'],
  columns: [
    col('PersonID', 'id', true, 'the mentee', ['Mentee ID', 'Employee ID', 'Participant ID', 'EmpID']),
    col('MentorID', 'id', true, 'the mentor, coach or sponsor', ['Mentor ID', 'Coach ID', 'Sponsor ID']),
    col('Role', 'enum', false, 'Mentor, Coach or Sponsor (absent: from the mentor)', ['Pairing Role', 'Pairing Type', 'Relationship'], {
      Mentor: ['Internal mentor', 'Internal', 'Mentoring'],
      Coach: ['External coach', 'External', 'Coaching'],
      Sponsor: ['Sponsorship', 'Executive Sponsor'],
    }),
    col('Start', 'date', true, 'start of the relationship', ['Start Date', 'Paired On', 'Match Date', 'From']),
    col('End', 'date', false, 'end (blank: still active)', ['End Date', 'Ended On', 'To', 'Until']),
    col('EndReason', 'text', false, 'why it ended', ['End Reason', 'Reason']),
    col('Sessions', 'int', false, 'sessions held so far', ['Session Count', 'Meetings', 'Number of Sessions']),
    col('Hours', 'number', false, 'hours spent so far', ['Total Hours', 'Hours Spent']),
    col('LastMeeting', 'date', false, 'date of the last meeting', ['Last Meeting', 'Last Meeting Date', 'Last Session', 'Last Contact']),
  ],
};

export const ROTATIONS: SheetSpec = {
  name: 'Rotations',
  synonyms: ['Rotation', 'Assignments', 'Job Rotations', 'Stretch Assignments'],
  columns: [
    col('PersonID', 'id', true, 'the participant', ['Employee ID', 'Participant ID', 'EmpID']),
    col('Function', 'text', true, 'function of the rotation', ['Rotation Function', 'Area', 'Department']),
    col('Start', 'date', true, 'start of the rotation', ['Start Date', 'Rotation Start']),
    col('End', 'date', false, 'end of the rotation', ['End Date', 'Rotation End']),
    col('CheckpointDate', 'date', false, 'date of a checkpoint review', ['Checkpoint Date', 'Checkpoint', 'Review Date']),
    col('CheckpointRating', 'number', false, 'checkpoint rating, 1 to 5', ['Checkpoint Rating', 'Rating', 'Review Rating']),
    col('Status', 'enum', false, 'Planned, Active, Completed or Cancelled', ['Rotation Status'], {
      Planned: ['Scheduled', 'Upcoming'],
      Active: ['In Progress', 'Current', 'Ongoing'],
      Completed: ['Complete', 'Done', 'Finished'],
      Cancelled: ['Canceled', 'Withdrawn', 'Dropped'],
    }),
  ],
};

export const SURVEYS: SheetSpec = {
  name: 'Surveys',
  synonyms: ['Survey', 'Survey Answers', 'Responses', 'Survey Responses', 'Feedback', 'Pulse'],
  columns: [
    col('RespondentID', 'id', true, 'a PersonID or MentorID', ['Respondent ID', 'Respondent', 'Employee ID', 'Rater ID']),
    col('RespondentRole', 'enum', false, 'role of the respondent', ['Respondent Role', 'Rater Role', 'Role'], {
      Mentee: ['Participant', 'Protege', 'Protégé'],
      Mentor: ['Internal mentor'],
      Coach: ['External coach'],
      Sponsor: [],
      Peer: ['Colleague'],
      Manager: ['Line manager', 'Supervisor'],
      'Direct report': ['Direct', 'Report', 'Subordinate'],
      Other: [],
    }),
    col('Date', 'date', true, 'date of the answer', ['Response Date', 'Survey Date', 'Submitted', 'Submitted On', 'Answered On']),
    col('Instrument', 'text', true, 'the survey, e.g. Mentee satisfaction, Climate, NPS', ['Survey', 'Survey Name', 'Questionnaire']),
    col('Item', 'text', false, 'the question', ['Question', 'Question Text', 'Item Text']),
    col('Score', 'number', true, 'the answer', ['Rating', 'Response', 'Value', 'Answer']),
    col('ScaleMax', 'int', false, 'top of the scale (absent: 10 for NPS, else 5)', ['Scale Max', 'Max Score', 'Scale']),
    col('AboutID', 'id', false, 'the mentor, coach or person the answer is about', ['About ID', 'About', 'Subject ID', 'Mentor ID', 'Ratee ID']),
  ],
};

/**
 * The optional Measures sheet (impact.md): one observation per row, long format. Value is blank for a
 * promotion (an event) and required for every other measure; `measuresFromRows` checks that.
 */
export const MEASURES: SheetSpec = {
  name: 'Measures',
  quietWhenMissing: true,
  synonyms: ['Measure', 'KPIs', 'KPI', 'Metrics', 'Indicators', 'Performance Measures'],
  columns: [
    col('PersonID', 'id', true, 'a PersonID of Participants', ['Employee ID', 'Participant ID', 'EmpID', 'Emp ID', 'Employee Number', 'Worker ID']),
    col('Date', 'date', true, "when the value was observed (a rating's review date, a promotion's effective date)", [
      'Measure Date',
      'Observation Date',
      'Observed On',
      'Effective Date',
    ]),
    col('Measure', 'text', true, 'Promotion, Performance rating, or any KPI name', ['KPI', 'Metric', 'Indicator', 'Measure Name', 'KPI Name']),
    { ...col('Value', 'number', false, 'the value: blank for Promotion, required for every other measure', ['Score', 'Rating', 'Result']), strict: true },
  ],
};

/**
 * The optional Preferences sheet (matching.md): a mentee's ranked wishes for a mentor, coach or
 * sponsor, one wish per row. `preferencesFromRows` checks the ids, the rank (a whole number 1..5) and
 * that a mentee names each giver and uses each rank once.
 */
export const PREFERENCES: SheetSpec = {
  name: 'Preferences',
  quietWhenMissing: true,
  synonyms: ['Preference', 'Mentor Preferences', 'Mentee Preferences', 'Mentor Wishes', 'Wishes', 'Mentor Requests', 'Rankings'],
  columns: [
    col('PersonID', 'id', true, 'the mentee: a PersonID of Participants', ['Mentee ID', 'Employee ID', 'Participant ID', 'EmpID', 'Emp ID', 'Employee Number', 'Worker ID']),
    col('MentorID', 'id', true, 'the mentor, coach or sponsor wished for: a MentorID of Mentors', [
      'Mentor ID',
      'Preferred Mentor',
      'Preferred Mentor ID',
      'Coach ID',
      'Sponsor ID',
    ]),
    col('Rank', 'int', true, '1 to 5, 1 the first wish', ['Preference', 'Preference Rank', 'Choice', 'Rank Order', 'Priority']),
  ],
};

export const SHEETS: readonly SheetSpec[] = [PARTICIPANTS, MENTORS, PAIRINGS, ROTATIONS, SURVEYS, MEASURES, PREFERENCES];

/** Demographic attribute columns recognised by default on Participants and Mentors. */
export const DEFAULT_ATTRIBUTES: readonly string[] = [
  'Gender',
  'Sex',
  'Ethnicity',
  'Race',
  'AgeBand',
  'Age Band',
  'Generation',
  'Disability',
  'Veteran',
];
