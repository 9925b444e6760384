package uk.gov.justice.marketplace.common.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes an HTTP/1 connection whose request headers are not complete within
 * {@link ConnectionSettings#headerTimeout()} of its opening or of its previous answer, or whose body is not complete
 * within {@link ConnectionSettings#bodyTimeout()} of its headers, so slow clients (slowloris, slow POST) cannot hold
 * connections until the open-files limit runs out.
 */
@Singleton
class RequestDeadlines implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final Logger LOG = LoggerFactory.getLogger(RequestDeadlines.class);
    private static final String HANDLER_NAME = "marketplace-request-deadlines";

    private final Duration headerTimeout;
    private final Duration bodyTimeout;

    RequestDeadlines(ConnectionSettings settings) {
        this.headerTimeout = settings.headerTimeout();
        this.bodyTimeout = settings.bodyTimeout();
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new NettyServerCustomizer() {
            @Override
            public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
                return role == ChannelRole.CONNECTION ? forConnection(channel) : this;
            }
        });
        return event.getBean();
    }

    private NettyServerCustomizer forConnection(Channel channel) {
        return new NettyServerCustomizer() {
            @Override
            public void onStreamPipelineBuilt() {
                if (channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null) {
                    channel.pipeline()
                            .addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, HANDLER_NAME, new Watch());
                }
            }
        };
    }

    /** One per connection: armed while the connection waits for a request's headers or its body. */
    private final class Watch extends ChannelDuplexHandler {

        private ScheduledFuture<?> deadline;

        @Override
        public void handlerAdded(ChannelHandlerContext context) {
            arm(context, headerTimeout, "request headers");
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (message instanceof LastHttpContent) {
                disarm();
            } else if (message instanceof HttpRequest) {
                arm(context, bodyTimeout, "request body");
            }
            context.fireChannelRead(message);
        }

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
            if (message instanceof LastHttpContent) {
                promise = promise.unvoid();
                promise.addListener(written -> arm(context, headerTimeout, "request headers"));
            }
            context.write(message, promise);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext context) {
            disarm();
        }

        private void arm(ChannelHandlerContext context, Duration limit, String awaited) {
            disarm();
            deadline = context.executor()
                    .schedule(
                            () -> {
                                LOG.info(
                                        "Closing a connection from {}: no complete {} within {}",
                                        context.channel().remoteAddress(),
                                        awaited,
                                        limit);
                                context.close();
                            },
                            limit.toMillis(),
                            TimeUnit.MILLISECONDS);
        }

        private void disarm() {
            if (deadline != null) {
                deadline.cancel(false);
                deadline = null;
            }
        }
    }
}
