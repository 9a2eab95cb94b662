package org.ctios.protocol.codec;

import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.message.statistics.QuerySkillGroupStatisticsConf;
import org.ctios.protocol.message.statistics.QuerySkillGroupStatisticsReq;
import org.ctios.protocol.message.statistics.SkillGroupStatistic;
import org.ctios.protocol.message.statistics.SkillGroupStatistics;

/** Codecs of the skill-group statistics query. */
final class StatisticsCodecs {

    private static final int STATISTIC_COUNT = SkillGroupStatistic.values().length;

    private StatisticsCodecs() {
    }

    static void register(CodecTable.Registrar table) {
        table.put(MessageType.QUERY_SKILL_GROUP_STATISTICS_REQ, new QuerySkillGroupStatisticsReqCodec());
        table.put(MessageType.QUERY_SKILL_GROUP_STATISTICS_CONF, new QuerySkillGroupStatisticsConfCodec());
    }

    private static void skipAll(BodyReader in) throws ProtocolException {
        while (in.nextField()) {
            in.skipUnknownField();
        }
    }

    static final class QuerySkillGroupStatisticsReqCodec implements MessageBodyCodec<QuerySkillGroupStatisticsReq> {
        @Override
        public QuerySkillGroupStatisticsReq decode(BodyReader in) throws ProtocolException {
            QuerySkillGroupStatisticsReq message = new QuerySkillGroupStatisticsReq(in.uint(), in.uint(), in.uint(),
                    in.uint());
            skipAll(in);
            return message;
        }

        @Override
        public void encode(QuerySkillGroupStatisticsReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.uint(m.skillGroupNumber());
            out.uint(m.skillGroupId());
        }
    }

    static final class QuerySkillGroupStatisticsConfCodec implements MessageBodyCodec<QuerySkillGroupStatisticsConf> {
        @Override
        public QuerySkillGroupStatisticsConf decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            long skillGroupNumber = in.uint();
            long skillGroupId = in.uint();
            long[] values = new long[STATISTIC_COUNT];
            for (int i = 0; i < STATISTIC_COUNT; i++) {
                values[i] = in.uint();
            }
            skipAll(in);
            return new QuerySkillGroupStatisticsConf(invokeId, peripheralId, skillGroupNumber, skillGroupId,
                    SkillGroupStatistics.ofWireOrder(values));
        }

        @Override
        public void encode(QuerySkillGroupStatisticsConf m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.uint(m.skillGroupNumber());
            out.uint(m.skillGroupId());
            for (long value : m.statistics().toWireOrder()) {
                out.uint(value);
            }
        }
    }
}
