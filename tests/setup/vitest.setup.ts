// Every project: the count of fast-check runs for the reliability report.
import '../reliability/fastCheckRuns';
